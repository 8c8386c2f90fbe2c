/* samw report and samw graph: placeholders until the back ends exist. */
#include <stdio.h>

#include "cli.h"

int cli_report(cli *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_usage(c, "%s", "report is not available yet");
}

int cli_graph(cli *c, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return cli_usage(c, "%s", "graph is not available yet");
}
