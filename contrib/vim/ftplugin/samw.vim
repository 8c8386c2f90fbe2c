" Vim filetype plugin
" Language:    samw (collaborations between organisations)
" Maintainer:  the samw project

if exists('b:did_ftplugin')
  finish
endif
let b:did_ftplugin = 1

let s:cpo_save = &cpo
set cpo&vim

" `#` starts a comment that runs to the end of the line.
setlocal comments=:# commentstring=#\ %s
setlocal formatoptions-=t formatoptions+=croql
" Words have - and _ in them (part-of, joint-venture, zorg_noord).
setlocal iskeyword=@,48-57,_,-,192-255
setlocal expandtab shiftwidth=4 softtabstop=4

let b:undo_ftplugin = 'setlocal comments< commentstring< formatoptions< iskeyword<'
      \ . ' expandtab< shiftwidth< softtabstop<'

" :make checks this file with samw (see compiler/samw.vim), unless another
" compiler was chosen for the buffer or g:samw_no_compiler is set.
if !exists('b:current_compiler') && !get(g:, 'samw_no_compiler', 0)
  compiler samw
  let b:undo_ftplugin .= ' | setlocal makeprg< errorformat< | unlet! b:current_compiler'
endif

let &cpo = s:cpo_save
unlet s:cpo_save
