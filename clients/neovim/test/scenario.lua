-- Runs inside `nvim --headless` (see run.sh): the plugin starts the real server for a migration, our diagnostic
-- appears, vim.lsp.buf.code_action applies the quick fix and the finding goes, :MigrationHeads reports the heads,
-- :MigrationCreate makes a new revision on disk with no branch getting a second head. Every wait polls with a deadline.
local ws = assert(vim.env.MIGRATION_LSP_TEST_WORKSPACE)
local target = assert(vim.env.MIGRATION_LSP_TEST_FILE)
local jar = assert(vim.env.MIGRATION_LSP_JAR)
local java = (vim.env.JAVA_HOME and vim.env.JAVA_HOME ~= '') and (vim.env.JAVA_HOME .. '/bin/java') or 'java'
local PLANTED = 'revision-mismatch'
local results = { passed = 0, failed = 0, skipped = 0 }
local t0 = vim.loop.hrtime()

local function out(line)
  io.stdout:write(string.format('[%.1fs] %s\n', (vim.loop.hrtime() - t0) / 1e9, line))
end

local function wait_for(what, timeout_ms, predicate)
  if not vim.wait(timeout_ms, predicate, 50) then error('timed out after ' .. timeout_ms .. ' ms waiting for ' .. what, 0) end
end

local function step(name, fn)
  local ok, err = pcall(fn)
  if ok then
    results.passed = results.passed + 1
    out('ok - ' .. name)
  elseif type(err) == 'string' and err:find('^SKIP: ') then
    results.skipped = results.skipped + 1
    out('ok - ' .. name .. ' # ' .. err)
  else
    results.failed = results.failed + 1
    out('not ok - ' .. name .. ': ' .. tostring(err))
  end
  return ok
end

local messages = {}
vim.notify = function(msg, level) table.insert(messages, { msg = msg, level = level }) end

local mlsp = require('migration-lsp')
-- the severity override proves the settings reach the server (revision-mismatch is a warning by default)
mlsp.setup({ settings = { ['migration-lsp'] = { ['diagnostics-debounce-ms'] = 50, rules = { ['revision-mismatch'] = 'error' } } } })

local function ours(bufnr, code)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    local source = d.source or lsp.source
    local c = d.code or lsp.code
    if source == 'migration-lsp' and (not code or c == code) then table.insert(found, d) end
  end
  return found
end

local function client_of(bufnr)
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if c.name == 'migration-lsp' then return c end
  end
end

local bufnr
local planted
step('the plugin starts the server for a migration and our diagnostic appears, with the severity from the settings', function()
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/' .. target))
  bufnr = vim.api.nvim_get_current_buf()
  assert(vim.bo[bufnr].filetype == 'python', 'filetype ' .. vim.bo[bufnr].filetype)
  wait_for('the client to attach', 30000, function() return client_of(bufnr) ~= nil end)
  wait_for(PLANTED .. ' on ' .. target, 30000, function() return #ours(bufnr, PLANTED) > 0 end)
  planted = ours(bufnr, PLANTED)[1]
  assert(planted.lnum == 2, 'planted finding on line ' .. planted.lnum)
  assert(planted.severity == vim.diagnostic.severity.ERROR, 'severity from the settings, got ' .. tostring(planted.severity))
end)

--- Puts the cursor on the diagnostic, runs vim.lsp.buf.code_action() and picks the first action that is not "Ignore";
--- returns the offered titles once the finding has gone.
local function fix_with_code_action(d, code)
  vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    local chosen
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      local title = (opts.format_item and opts.format_item(item)) or action.title
      table.insert(offered, title)
      if not chosen and not title:lower():find('ignore') then chosen = i end
    end
    on_choice(chosen and items[chosen] or nil, chosen)
  end
  local changedtick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action()
  wait_for('the fix to edit the buffer (offered: ' .. table.concat(offered, ' | ') .. ')', 15000,
    function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= changedtick end)
  wait_for(code .. ' to go', 15000, function() return #ours(bufnr, code) == 0 end)
  return offered
end

step('the quick fix from vim.lsp.buf.code_action removes it', function()
  assert(planted, 'no diagnostic to fix')
  local offered = fix_with_code_action(planted, PLANTED)
  assert(vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1] == 'Revision ID: 0003', vim.api.nvim_buf_get_lines(bufnr, 2, 3, false)[1])
  local has_ignore = false
  for _, t in ipairs(offered) do if t:lower():find('ignore') and t:find(PLANTED, 1, true) then has_ignore = true end end
  assert(has_ignore, 'an "ignore ' .. PLANTED .. '" action was offered: ' .. table.concat(offered, ' | '))
end)

step('string-column on the example\'s sa.String(length=255) goes with its quick fix (when the server has the rule)', function()
  local native = ours(bufnr, 'string-column')[1]
  if not native then error('SKIP: this server reports no string-column', 0) end
  assert(native.lnum == 28, 'string-column on line ' .. native.lnum)
  fix_with_code_action(native, 'string-column')
  local line = vim.api.nvim_buf_get_lines(bufnr, 28, 29, false)[1]
  assert(not line:find('sa.String', 1, true), line)
  assert(#ours(bufnr) == 0, 'findings left: ' .. vim.inspect(ours(bufnr)))
end)
vim.cmd('silent write')

step('a SQL migration joins the same server; a Python file outside any workspace gets none', function()
  local first = client_of(bufnr)
  vim.cmd('edit ' .. vim.fn.fnameescape(ws .. '/src/dev_health_ops/migrations/clickhouse/000_create_commits.sql'))
  local sql = vim.api.nvim_get_current_buf()
  assert(vim.bo[sql].filetype == 'sql', 'filetype ' .. vim.bo[sql].filetype)
  -- attaching happens in the FileType autocommand, so it is done when :edit returns
  assert(client_of(sql) and client_of(sql).id == first.id, 'the SQL buffer is attached to the same client')
  local outside = vim.fn.tempname() .. '_outside'
  vim.fn.mkdir(outside, 'p')
  vim.fn.writefile({ 'x = 1' }, outside .. '/script.py')
  vim.cmd('edit ' .. vim.fn.fnameescape(outside .. '/script.py'))
  assert(vim.bo.filetype == 'python')
  assert(client_of(vim.api.nvim_get_current_buf()) == nil, 'no server for a Python file outside a workspace with migrations')
  vim.cmd('buffer ' .. bufnr)
end)

step('the code lens over revision = ... lists the child revision in the quickfix list', function()
  if not (client_of(bufnr).server_capabilities or {}).codeLensProvider then error('SKIP: this server offers no code lenses', 0) end
  wait_for('a code lens', 15000, function() return #vim.lsp.codelens.get(bufnr) > 0 end)
  local lens = vim.lsp.codelens.get(bufnr)[1]
  assert(lens.command and lens.command.title:find('child'), vim.inspect(lens))
  vim.api.nvim_win_set_cursor(0, { lens.range.start.line + 1, 0 })
  vim.fn.setqflist({}, 'r')
  vim.lsp.codelens.run()
  wait_for('the quickfix list', 15000, function() return #vim.fn.getqflist() > 0 end)
  local item = vim.fn.getqflist()[1]
  assert(vim.api.nvim_buf_get_name(item.bufnr):find('0004_create_audit_log.py', 1, true), vim.inspect(item))
  vim.cmd('cclose')
  vim.cmd('buffer ' .. bufnr)
end)

step(':MigrationHeads reports the two deliberate heads', function()
  messages = {}
  vim.cmd('MigrationHeads')
  wait_for('the heads message', 15000, function()
    for _, m in ipairs(messages) do if m.msg:find('Alembic heads') then return true end end
  end)
  local text = messages[#messages].msg
  assert(text:find('0005', 1, true) and text:find('0006', 1, true), text)
  local notified = mlsp.last_heads(client_of(bufnr).id)
  assert(notified and #notified.heads == 2 and notified.conflict == false, 'headsChanged: ' .. vim.inspect(notified))
end)

step('headsChanged names the folder, and with several histories each head\'s history and its folder', function()
  local client = client_of(bufnr)
  local real = mlsp.last_heads(client.id)
  assert(real and type(real.root) == 'string' and real.root:find(vim.uri_from_fname(ws), 1, true) == 1,
    'root of the notification: ' .. vim.inspect(real and real.root))
  -- a payload of a folder with two histories, as the server sends it, through the plugin's own handler
  local several = {
    root = real.root,
    conflict = true,
    heads = {
      { revision = '0001', labels = {}, conflict = false, history = 'core', historyFolder = 'db/core' },
      { revision = '0002', labels = {}, conflict = true, history = 'tenant', historyFolder = 'db/tenant' },
      { revision = '0003', labels = {}, conflict = true, history = 'tenant', historyFolder = 'db/tenant' },
    },
  }
  local handler = mlsp.client_config(ws).handlers['migration-lsp/headsChanged']
  handler(nil, several, { client_id = client.id })
  local ok, err = pcall(function()
    assert(mlsp.statusline() == 'Alembic: several heads on one branch of tenant (db/tenant)!', mlsp.statusline())
    local lines = mlsp.format_heads(several)
    assert(lines[2] == 'core: 0001 [db/core]' and lines[3] == '! tenant: 0002 [db/tenant]', vim.inspect(lines))
    assert(lines[#lines]:find('of tenant (db/tenant)', 1, true), vim.inspect(lines))
    several.conflict = false
    for _, h in ipairs(several.heads) do h.conflict = false end
    handler(nil, several, { client_id = client.id })
    assert(mlsp.statusline() == 'Alembic heads: core: 0001, tenant: 0002, tenant: 0003', mlsp.statusline())
  end)
  handler(nil, real, { client_id = client.id })
  assert(ok, err)
  assert(mlsp.statusline() == 'Alembic heads: 0006, 0005' or mlsp.statusline() == 'Alembic heads: 0005, 0006', mlsp.statusline())
end)

local function cli_heads()
  local json = vim.fn.system({ java, '-jar', jar, 'heads', ws, '--format', 'json' })
  assert(vim.v.shell_error == 0, 'heads CLI failed: ' .. json)
  return vim.fn.json_decode(json)
end

step(':MigrationCreate (target and description asked through vim.ui) writes a new head', function()
  local client = client_of(bufnr)
  local offered = client.server_capabilities and client.server_capabilities.executeCommandProvider.commands or {}
  if not vim.tbl_contains(offered, 'migration-lsp.create') then error('SKIP: this server does not offer migration-lsp.create yet', 0) end
  local asked, picked_from
  vim.ui.select = function(items, _, on_choice)
    picked_from = items
    on_choice('postgres', 1)
  end
  vim.ui.input = function(opts, on_confirm)
    asked = opts.prompt
    on_confirm('add locale to orgs')
  end
  vim.cmd('MigrationCreate')
  assert(picked_from and vim.tbl_contains(picked_from, 'clickhouse'), 'the target was asked for')
  assert(asked and asked:find('postgres'), 'the description was asked for')
  local versions = ws .. '/src/dev_health_ops/alembic/versions'
  local created
  wait_for('the new revision on disk', 30000, function()
    created = vim.fn.glob(versions .. '/*add_locale_to_orgs*.py', false, true)[1]
    return created ~= nil and vim.fn.getfsize(created) > 0
  end)
  local text = table.concat(vim.fn.readfile(created), '\n')
  assert(text:find('down_revision[^=]*=%s*"0006"'), 'revises 0006:\n' .. text)
  wait_for('the new file to open', 15000, function() return vim.api.nvim_buf_get_name(0):find('add_locale_to_orgs', 1, true) ~= nil end)
  for _, h in ipairs(cli_heads()) do
    assert(not h.conflict, 'a branch has two heads: ' .. vim.inspect(h))
  end
end)

step('no branch has two heads (migration-lsp heads --format json)', function()
  local heads = cli_heads()
  assert(#heads == 2, 'two heads: ' .. vim.inspect(heads))
  for _, h in ipairs(heads) do assert(not h.conflict, vim.inspect(h)) end
end)

step(':MigrationAcceptFindings writes the baseline', function()
  messages = {}
  vim.cmd('MigrationAcceptFindings')
  local baseline = ws .. '/.migration-lsp/baseline.json'
  wait_for('the baseline on disk', 30000, function() return vim.fn.filereadable(baseline) == 1 end)
  wait_for('the accepted message', 15000, function()
    for _, m in ipairs(messages) do if m.msg:find('accepted %d+ findings') then return true end end
  end)
  local parsed = vim.fn.json_decode(table.concat(vim.fn.readfile(baseline), '\n'))
  assert(parsed.version == 1 and type(parsed.findings) == 'table', vim.inspect(parsed))
end)

step('the default command is the checkout\'s fast launcher, given the jar', function()
  local cmd = mlsp.default_cmd()
  assert(cmd[1] == 'env' and cmd[2] == 'MIGRATION_LSP_JAR=' .. jar and cmd[3]:match('/bin/migration%-lsp$')
    and cmd[#cmd] == '--stdio', vim.inspect(cmd))
end)

step('lsp_config() (for vim.lsp.config / nvim-lspconfig) resolves the workspace root and the command', function()
  local cfg = mlsp.lsp_config({ cmd = { java, '-jar', jar, 'lsp', '--stdio' } })
  local root = cfg.root_dir(ws .. '/' .. target)
  assert(root == ws, 'root ' .. tostring(root) .. ', expected ' .. ws)
  local via_callback
  cfg.root_dir(bufnr, function(dir) via_callback = dir end) -- the 0.11 vim.lsp.config form
  assert(via_callback == ws, 'root via on_dir ' .. tostring(via_callback))
  assert(vim.tbl_contains(cfg.filetypes, 'sql') and cfg.cmd[#cfg.cmd] == '--stdio', vim.inspect(cfg))
  assert(mlsp.find_root('/') == nil, 'no root above /')
end)

for _, c in pairs(vim.lsp.get_active_clients()) do c.stop() end
vim.wait(5000, function() return #vim.lsp.get_active_clients() == 0 end, 50)
out(string.format('neovim: %d passed, %d failed%s', results.passed, results.failed,
  results.skipped > 0 and (', ' .. results.skipped .. ' skipped') or ''))
if results.failed > 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
