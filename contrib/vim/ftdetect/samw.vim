" Vim filetype detection for samw files (descriptions of collaborations
" between organisations, checked by samw).
autocmd BufNewFile,BufRead *.samw setfiletype samw
