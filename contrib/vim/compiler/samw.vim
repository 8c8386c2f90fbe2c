" Vim compiler file
" Compiler:    samw check (collaborations between organisations)
" Maintainer:  the samw project
" Use with :compiler samw, then :make checks the current file and fills the
" quickfix list. samw must be on PATH, or set g:samw_command.

if exists('current_compiler')
  finish
endif
let current_compiler = 'samw'

if exists(':CompilerSet') != 2
  command -nargs=* CompilerSet setlocal <args>
endif

let s:cpo_save = &cpo
set cpo&vim

execute 'CompilerSet makeprg=' . escape(get(g:, 'samw_command', 'samw'), ' \|"')
      \ . '\ check\ --format\ gcc\ --color\ never\ %:S'

" path:line:col: severity: message [CODE]; a note about a whole file
" (path: note: ... [SW010]) has no line; "samw: path: message" is a file
" that cannot be read. --format human starts each diagnostic with the same
" first line (severity[CODE]); its other lines are skipped.
CompilerSet errorformat=%f:%l:%c:\ %t%*[^:]:\ %m,
                       \samw:\ %f:\ %m,
                       \%f:\ %trror:\ %m,
                       \%f:\ %tarning:\ %m,
                       \%f:\ %tote:\ %m,
                       \%-G%.%#

let &cpo = s:cpo_save
unlet s:cpo_save
