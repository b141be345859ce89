-- What a user does in Neovim 0.7 with the README's set-up as init.lua (it starts the packaged
-- server on the template's FileType): open a template, wait for diagnostics, complete, indent a
-- line and take the quick fix at once, hover. Writes what it saw as JSON to $BRAZE_RESULT;
-- test/neovim/neovim.test.ts reads it. Every wait is bounded: nothing here keeps Neovim open.
local template = os.getenv('BRAZE_TEMPLATE')
local result_path = os.getenv('BRAZE_RESULT')
local result = { steps = {} }

local function step(name, value)
  result.steps[name] = value
end

local function request(method, params)
  local answers = vim.lsp.buf_request_sync(0, method, params, 10000) or {}
  for _, answer in pairs(answers) do
    if answer.error then
      error(method .. ': ' .. vim.inspect(answer.error))
    end
    return answer.result
  end
end

local function codes()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(list, (d.code or '') .. ':' .. d.severity)
  end
  table.sort(list)
  return list
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(template))
  step('filetype', vim.bo.filetype)
  vim.wait(10000, function()
    return #vim.lsp.buf_get_clients(0) > 0
  end, 20)
  local client = vim.lsp.buf_get_clients(0)[1] or error('no language server attached')

  -- Diagnostics, pushed by the server.
  vim.wait(10000, function()
    return #vim.diagnostic.get(0) > 0
  end, 20)
  step('diagnostics', codes())

  -- Completion of a Lead field at an empty body key.
  vim.fn.cursor(vim.fn.search('"LastName"'), 4)
  local completion = request('textDocument/completion', vim.lsp.util.make_position_params())
  local labels = {}
  for _, item in ipairs(completion and (completion.items or completion) or {}) do
    table.insert(labels, item.label)
  end
  step('completion', labels)

  -- Indent the line with the translated key, then ask for the fix straight away.
  local line = vim.fn.search('이름')
  vim.api.nvim_buf_set_lines(0, line - 1, line, false, { '    ' .. vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1] })
  vim.fn.cursor(line, vim.fn.col('.'))
  vim.fn.search('이름', 'c')
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics() }
  local fixed = false
  for _, action in ipairs(request('textDocument/codeAction', params) or {}) do
    if action.title == 'Change the key to "FirstName"' and action.edit then
      vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
      fixed = true
    end
  end
  step('quickfix', { applied = fixed, line = vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1] })

  -- The fixed key is no longer reported.
  vim.wait(5000, function()
    return not vim.tbl_contains(codes(), 'field-unknown:1')
  end, 20)
  step('after_fix', codes())

  -- Hover on a Lead field key.
  vim.fn.cursor(vim.fn.search('"LastName"'), 5)
  local hover = request('textDocument/hover', vim.lsp.util.make_position_params())
  step('hover', hover and hover.contents or vim.NIL)

  vim.lsp.stop_client(client.id)
  vim.wait(5000, function()
    return vim.lsp.get_client_by_id(client.id) == nil
  end, 20)
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
end
local file = io.open(result_path, 'w')
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd('qa!')
