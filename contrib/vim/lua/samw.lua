-- samw for Neovim's built-in LSP client: starts the samw language server
-- (`samw lsp`) for every buffer of filetype samw, one server per project
-- folder. Works in Neovim 0.7 (vim.lsp.start_client and buf_attach_client)
-- and newer (vim.lsp.start, from 0.8). Filetype detection, highlighting and
-- :make come from the Vim files beside this one (ftdetect/, syntax/, ...).
--
--   require('samw').setup()                     samw on PATH
--   require('samw').setup({ cmd = { '/opt/samw/bin/samw', 'lsp', '--lang', 'nl' } })
--
-- Options: cmd (default { g:samw_command or 'samw', 'lsp' }), root_markers
-- (default { '.samwrc', '.git' }: the project folder is the nearest folder
-- above the file holding one, else the file's own folder), and anything else
-- vim.lsp.start_client takes (on_attach, capabilities, settings, ...).
local M = {}

-- The nearest folder from the file's folder upwards that holds one of the
-- markers (a file or a folder), else the file's folder.
local function root_dir(file, markers)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local here = dir
  while true do
    for _, m in ipairs(markers) do
      local p = here .. '/' .. m
      if vim.fn.filereadable(p) == 1 or vim.fn.isdirectory(p) == 1 then
        return here
      end
    end
    local up = vim.fn.fnamemodify(here, ':h')
    if up == here then
      return dir
    end
    here = up
  end
end

-- The client configuration for buffer bufnr.
function M.config(bufnr, opts)
  opts = opts or {}
  local config = {}
  for k, v in pairs(opts) do
    if k ~= 'root_markers' then
      config[k] = v
    end
  end
  config.name = config.name or 'samw'
  config.cmd = config.cmd or { vim.g.samw_command or 'samw', 'lsp' }
  config.root_dir = config.root_dir
    or root_dir(vim.api.nvim_buf_get_name(bufnr), opts.root_markers or { '.samwrc', '.git' })
  return config
end

-- Start the server for buffer bufnr, or attach the buffer to the one that
-- already runs for its folder; returns the client id.
function M.start(bufnr, opts)
  local config = M.config(bufnr, opts)
  if vim.lsp.start then -- Neovim 0.8 and newer
    return vim.api.nvim_buf_call(bufnr, function()
      return vim.lsp.start(config, { bufnr = bufnr })
    end)
  end
  for _, client in pairs(vim.lsp.get_active_clients()) do
    if client.name == config.name and client.config.root_dir == config.root_dir then
      vim.lsp.buf_attach_client(bufnr, client.id)
      return client.id
    end
  end
  local id = vim.lsp.start_client(config)
  if id then
    vim.lsp.buf_attach_client(bufnr, id)
  end
  return id
end

-- Start (or attach) the server for every samw buffer from now on.
function M.setup(opts)
  local group = vim.api.nvim_create_augroup('samw_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'samw',
    callback = function(args)
      M.start(args.buf, opts)
    end,
  })
end

return M
