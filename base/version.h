/* The version of samw: the one place it is written. */
#ifndef SW_VERSION_H
#define SW_VERSION_H

#define SW_VERSION "0.1.0"

#endif
