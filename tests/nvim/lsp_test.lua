-- Neovim's built-in LSP client against `samw lsp` (tests/nvim.sh runs it
-- with `nvim --headless --clean`, no plugins). Each step acts as a user
-- would and checks the buffer or the client's state; the expected values
-- come from samw itself (check --format json, fmt).
local samw = os.getenv("SAMW")
local file = os.getenv("SAMW_FILE")
local failures = 0

local function say(s)
  io.stdout:write(s .. "\n")
end

local function check(name, cond, detail)
  if cond then
    say("ok   nvim: " .. name)
  else
    failures = failures + 1
    say("FAIL nvim: " .. name .. (detail and (": " .. detail) or ""))
  end
end

local function run(cmd, input)
  if input then
    return vim.fn.system(cmd, input)
  end
  return vim.fn.system(cmd)
end

local function main()
vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local id = vim.lsp.start_client({
  name = "samw",
  cmd = { samw, "lsp", "--lang", "en" },
  root_dir = vim.fn.fnamemodify(file, ":h"),
})
check("the client starts", id ~= nil)
vim.lsp.buf_attach_client(buf, id)
local client = vim.lsp.get_client_by_id(id)
vim.wait(10000, function() return client.initialized end, 20)
check("initialize", client.initialized)

-- diagnostics, as samw check gives them
vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
local got = vim.diagnostic.get(buf)
table.sort(got, function(a, b)
  if a.lnum ~= b.lnum then return a.lnum < b.lnum end
  return a.col < b.col
end)
local want = vim.json.decode(run({ samw, "check", "--format", "json", "--lang", "en", file })).diagnostics
local same = #got == #want
local detail = string.format("%d diagnostics, samw check has %d", #got, #want)
local sev = { error = vim.diagnostic.severity.ERROR, warning = vim.diagnostic.severity.WARN,
              note = vim.diagnostic.severity.INFO }
for i = 1, math.min(#got, #want) do
  local g, w = got[i], want[i]
  local first = vim.split(g.message, "\n")[1]
  if g.lnum ~= w.start.line - 1 or g.col ~= w.start.column - 1 or g.code ~= w.code
      or g.severity ~= sev[w.severity] or first ~= w.message or g.source ~= "samw" then
    same = false
    detail = string.format("%d:%d %s %s / %d:%d %s %s", g.lnum + 1, g.col + 1, tostring(g.code), first,
      w.start.line, w.start.column, w.code, w.message)
    break
  end
end
check("diagnostics are samw check's", same, detail)

local function lines()
  return vim.api.nvim_buf_get_lines(buf, 0, -1, false)
end

local function find(text)
  for i, l in ipairs(lines()) do
    local c = l:find(text, 1, true)
    if c then return i - 1, c - 1 end
  end
  error("not in the buffer: " .. text)
end

local function params_at(line, col)
  vim.api.nvim_win_set_cursor(0, { line + 1, col })
  return vim.lsp.util.make_position_params()
end

-- hover on a party
local l, c = find("party amersfoort")
local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params_at(l, c + 7), 5000)
local hover = res and res[id] and res[id].result and res[id].result.contents.value or ""
check("hover on a party", hover:find("**amersfoort** — Gemeente Amersfoort", 1, true) ~= nil, hover)

-- completion where a party is named
l, c = find("members amersfoort")
res = vim.lsp.buf_request_sync(buf, "textDocument/completion", params_at(l, c + 8), 5000)
local labels = {}
for _, item in ipairs(res and res[id] and res[id].result and res[id].result.items or {}) do
  table.insert(labels, item.label)
end
-- (deelauto is named on the line already)
check("completion of party names", table.concat(labels, ",") == "amersfoort,provincie_utrecht",
  table.concat(labels, ","))

-- go to definition: the cursor lands on the declaration
l, c = find("between amersfoort, deelauto, provincie")
vim.api.nvim_win_set_cursor(0, { l + 1, c + 21 })
vim.lsp.buf.definition()
local dl, dc = find("party deelauto")
vim.wait(5000, function()
  local cur = vim.api.nvim_win_get_cursor(0)
  return cur[1] == dl + 1 and cur[2] == dc + 6
end, 20)
local cur = vim.api.nvim_win_get_cursor(0)
check("go to definition", cur[1] == dl + 1 and cur[2] == dc + 6, cur[1] .. ":" .. cur[2])

-- a quick fix: the suggestion for a misspelt party, applied to the buffer
l, c = find("chair amersfort")
local p = params_at(l, c + 8)
p.range = { start = p.position, ["end"] = p.position }
p.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, l) }
res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", p, 5000)
local actions = res and res[id] and res[id].result or {}
local fix = actions[1]
check("quick fixes offered", fix ~= nil and fix.title == "Replace with 'amersfoort'",
  fix and fix.title or "none")
if fix then
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding)
end
check("the quick fix in the buffer", lines()[l + 1]:find("chair amersfoort", 1, true) ~= nil, lines()[l + 1])

-- rename a party: every use changes
l, c = find("party amersfoort")
vim.api.nvim_win_set_cursor(0, { l + 1, c + 7 })
vim.lsp.buf.rename("amersfoort_gem")
vim.wait(5000, function() return table.concat(lines(), "\n"):find("amersfoort_gem", 1, true) ~= nil end, 20)
local text = table.concat(lines(), "\n")
local _, n = text:gsub("amersfoort_gem", "")
-- the second collaboration of the file has a party of that name of its own:
-- its three uses stay
local _, old = text:gsub("amersfoort[,\n ]", "")
check("rename in the buffer", n == 6 and old == 3, n .. " renamed, " .. old .. " left")

-- format: the buffer becomes what samw fmt makes of it
vim.api.nvim_buf_set_lines(buf, 19, 20, false, { "  form    network" })
local before = table.concat(lines(), "\n") .. "\n"
local formatted = run({ samw, "fmt", "-" }, before)
vim.lsp.buf.formatting_sync(nil, 5000)
local after = table.concat(lines(), "\n") .. "\n"
check("format", after == formatted and after ~= before)

-- a completion accepted: a new line "phase ex", the value it begins put in
-- place
l, c = find("form network")
vim.api.nvim_buf_set_lines(buf, l + 1, l + 1, false, { "    phase ex" })
-- the client sends changes after a short pause (debounce_text_changes)
vim.wait(500, function() return false end, 50)
-- the end of the line, where the cursor of insert mode would be (normal
-- mode's cannot stand there)
res = vim.lsp.buf_request_sync(buf, "textDocument/completion",
  { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = l + 1, character = 12 } }, 5000)
local items = res and res[id] and res[id].result and res[id].result.items or {}
if items[1] then
  vim.lsp.util.apply_text_edits({ items[1].textEdit }, buf, client.offset_encoding)
end
check("a completion in the buffer", lines()[l + 2] == "    phase exploring",
  lines()[l + 2])

  vim.lsp.stop_client(id)
end

local ok, err = pcall(main)
if not ok then
  failures = failures + 1
  say("FAIL nvim: " .. tostring(err))
end
if failures > 0 then
  vim.cmd("cquit 1")
end
vim.cmd("qall!")
