-- Runs inside headless Neovim, started by scripts/e2e/neovim.mjs after it has sourced the
-- README's configuration. It opens the document named by $GONGWEN_NVIM_DOC, waits for the
-- server's diagnostics, applies one quick fix, asks for the document symbols, and writes what it
-- saw as JSON to $GONGWEN_NVIM_OUT. It asserts nothing itself: the Node driver does, so that a
-- failure is reported with the whole record.

local out_path = os.getenv('GONGWEN_NVIM_OUT')
local record = { nvim = vim.version and tostring(vim.version().major .. '.' .. vim.version().minor) or '?' }

local function finish()
  local file = assert(io.open(out_path, 'w'))
  file:write(vim.fn.json_encode(record))
  file:close()
  vim.cmd('qall!')
end

local function gongwen_client(bufnr)
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'gongwen' then return client end
  end
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('GONGWEN_NVIM_DOC')))
  local bufnr = vim.api.nvim_get_current_buf()
  record.filetype = vim.bo[bufnr].filetype

  record.attached = vim.wait(15000, function() return gongwen_client(bufnr) ~= nil end, 50)
  record.diagnostics = {}
  vim.wait(15000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(record.diagnostics, { line = d.lnum, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message })
  end

  local client = gongwen_client(bufnr)
  if not client then return end

  -- A quick fix at the decimal-mark finding, applied as vim.lsp.buf.code_action() would.
  local target
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == 'figure/decimal-mark' then target = d end
  end
  if target then
    -- Cursor on the finding, then the same request vim.lsp.buf.code_action() sends from there.
    vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
    local params = vim.lsp.util.make_range_params()
    params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, target.lnum), only = { 'quickfix' } }
    local response = client.request_sync('textDocument/codeAction', params, 10000, bufnr)
    record.actions = {}
    local applied = false
    for _, action in ipairs((response and response.result) or {}) do
      table.insert(record.actions, action.title)
      if not applied and action.edit then
        vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
        applied = true
      end
    end
    record.applied = applied
  end
  record.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 10000, bufnr)
  record.symbols = {}
  local function walk(list, depth)
    for _, symbol in ipairs(list or {}) do
      table.insert(record.symbols, { name = symbol.name, depth = depth })
      walk(symbol.children, depth + 1)
    end
  end
  walk(symbols and symbols.result, 0)
end)
if not ok then record.error = tostring(err) end
finish()
