-- Loaded after the README's configuration (nvim --headless -u config.lua -c 'luafile probe.lua'):
-- opens PROBE_FILE as a user would, waits for the server's diagnostics, asks for a hover at
-- PROBE_LINE:PROBE_CHARACTER (LSP position) and writes what it read, as JSON, to PROBE_OUT.
local file = vim.env.PROBE_FILE
local out = vim.env.PROBE_OUT
local deadline_ms = tonumber(vim.env.PROBE_DEADLINE_MS or '20000')
local result = { filetype = vim.NIL, published = vim.NIL, editor_diagnostics = {}, hover = vim.NIL, clients = {}, errors = {} }

local function finish()
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local uri = vim.uri_from_fname(file)
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
    if params and params.uri == uri then result.published = params.diagnostics end
    return default_handler(e, params, ctx, config)
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  result.filetype = vim.bo.filetype
  if not vim.wait(deadline_ms, function() return result.published ~= vim.NIL end, 20) then
    table.insert(result.errors, 'no textDocument/publishDiagnostics for ' .. uri)
  end
  for _, client in pairs(vim.lsp.buf_get_clients(0)) do
    table.insert(result.clients, client.name)
  end
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(result.editor_diagnostics, { lnum = d.lnum, col = d.col, message = d.message, severity = d.severity, source = d.source })
  end

  local params = {
    textDocument = { uri = uri },
    position = { line = tonumber(vim.env.PROBE_LINE), character = tonumber(vim.env.PROBE_CHARACTER) },
  }
  local responses, request_err = vim.lsp.buf_request_sync(0, 'textDocument/hover', params, deadline_ms)
  if not responses then
    table.insert(result.errors, 'hover: ' .. tostring(request_err))
  else
    for _, response in pairs(responses) do
      if response.result then result.hover = response.result end
      if response.err then table.insert(result.errors, 'hover: ' .. vim.inspect(response.err)) end
    end
  end
end)
if not ok then table.insert(result.errors, tostring(err)) end
finish()
