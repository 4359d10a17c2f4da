-- Neovim (0.7+) as a real LSP client of dist/server.js, run headless by
-- test/editors/neovim.slow.test.ts:
--   FEDIPOLICY_SERVER=dist/server.js FEDIPOLICY_FILE=policy.md FEDIPOLICY_OUT=out.json \
--     nvim --headless --clean -c 'luafile test/editors/neovim-lsp.lua'
-- It opens the policy, waits for the server's diagnostics, asks for the code
-- actions of the first one, applies "Disable RULE for this line" through
-- Neovim's own workspace-edit code, waits for the new diagnostics, and writes
-- everything it saw as JSON.
local server = assert(os.getenv('FEDIPOLICY_SERVER'), 'FEDIPOLICY_SERVER is not set')
local file = assert(os.getenv('FEDIPOLICY_FILE'), 'FEDIPOLICY_FILE is not set')
local out = assert(os.getenv('FEDIPOLICY_OUT'), 'FEDIPOLICY_OUT is not set')
local timeout = tonumber(os.getenv('FEDIPOLICY_TIMEOUT_MS') or '30000')

local result = { steps = {} }

local function finish()
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local function step(name)
  table.insert(result.steps, name)
end

local function snapshot(bufnr)
  local items = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(items, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
    })
  end
  return items
end

local ok, err = pcall(function()
  vim.cmd('filetype on')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local root = vim.fn.fnamemodify(file, ':p:h')
  local client_id = vim.lsp.start_client({
    name = 'fedipolicy',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    settings = { fedipolicy = { lintDelay = 0 } },
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  step('attached')

  local seen = vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  result.diagnostics = snapshot(bufnr)
  if not seen then error('no diagnostics within ' .. timeout .. ' ms') end
  step('diagnostics')

  -- The code actions of the first diagnostic, as `vim.lsp.buf.code_action()` would ask for them.
  local first = vim.diagnostic.get(bufnr)[1]
  local lsp_diagnostic = first.user_data and first.user_data.lsp or {}
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = first.lnum, character = first.col },
      ['end'] = { line = first.end_lnum, character = first.end_col },
    },
    context = { diagnostics = { vim.tbl_extend('keep', lsp_diagnostic, {
      range = { start = { line = first.lnum, character = first.col }, ['end'] = { line = first.end_lnum, character = first.end_col } },
      message = first.message, severity = first.severity, source = first.source, code = first.code,
    }) } },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  local actions = {}
  for _, response in pairs(responses or {}) do
    for _, action in ipairs(response.result or {}) do table.insert(actions, action) end
  end
  result.action_titles = vim.tbl_map(function(a) return a.title end, actions)
  local wanted = 'Disable ' .. tostring(first.code) .. ' for this line'
  result.disabled = { code = first.code, lnum = first.lnum }
  for _, action in ipairs(actions) do
    if action.title == wanted then
      vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
      step('applied')
    end
  end

  local before = vim.fn.json_encode(result.diagnostics)
  vim.wait(timeout, function() return vim.fn.json_encode(snapshot(bufnr)) ~= before end, 50)
  result.after = snapshot(bufnr)
  result.text = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  step('done')
end)

if not ok then result.error = tostring(err) end
finish()
