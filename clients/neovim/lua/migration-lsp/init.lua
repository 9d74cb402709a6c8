-- migration-lsp for Neovim 0.7+: starts the server for Python and SQL buffers of a workspace with migrations and adds
-- :MigrationCreate, :MigrationCreateMerge and :MigrationHeads. vim.lsp.start (0.8+) where it exists, else
-- vim.lsp.start_client + buf_attach_client (0.7); users of vim.lsp.config (0.11+) or nvim-lspconfig can take
-- M.lsp_config() instead of setup() (see README.md).
local M = {}

local uv = vim.loop
local SERVER_NAME = 'migration-lsp'

local defaults = {
  -- the command that runs the server; default: the checkout's bin/migration-lsp launcher (faster start; not on
  -- Windows or when `java` is set), else java -jar <jar> lsp --stdio; jar from `jar`, $MIGRATION_LSP_JAR, or
  -- server/target/migration-lsp.jar of the repository this plugin sits in
  cmd = nil,
  jar = nil,
  java = nil, -- java executable; default $JAVA_HOME/bin/java, else `java`
  -- a folder holding one of these is a workspace with migrations (pyproject.toml only with [tool.migration-lsp])
  root_markers = { '.migration-lsp.toml', 'alembic.ini', 'pyproject.toml' },
  filetypes = { 'python', 'sql' },
  -- what the server reads: the same keys as [tool.migration-lsp], e.g. { ['migration-lsp'] = { rules = { ['string-column'] = 'error' } } }
  settings = {},
  codelens = true, -- show the server's code lenses (refreshed on BufEnter, CursorHold, InsertLeave, BufWritePost)
  on_attach = nil,
  capabilities = nil,
}

M.config = vim.deepcopy(defaults)
local clients_by_root = {} -- root -> client id
local heads_by_client = {} -- client id -> last migration-lsp/headsChanged payload

-- API differences between 0.7 and current releases, in one place
local has_011 = vim.fn.has('nvim-0.11') == 1
--- client.request(...) on 0.7-0.10, client:request(...) on 0.11+ (the dot form is deprecated there)
local function client_call(client, method, ...)
  if has_011 then return client[method](client, ...) end
  return client[method](...)
end
-- setup() names the client migration-lsp; vim.lsp.config / nvim-lspconfig users usually call it migration_lsp
local OUR_NAMES = { ['migration-lsp'] = true, migration_lsp = true }
--- Our clients (attached to `bufnr` when given), on 0.7 (buf_get_clients/get_active_clients) and 0.10+ (get_clients).
local function our_clients(bufnr)
  local all
  if vim.lsp.get_clients then
    all = vim.lsp.get_clients(bufnr and { bufnr = bufnr } or nil)
  else
    all = bufnr and vim.lsp.buf_get_clients(bufnr) or vim.lsp.get_active_clients()
  end
  local out = {}
  for _, c in pairs(all) do
    if OUR_NAMES[c.name] then table.insert(out, c) end
  end
  return out
end

local function notify(msg, level)
  vim.notify('migration-lsp: ' .. msg, level or vim.log.levels.INFO)
end

local function join(...)
  return table.concat({ ... }, '/')
end

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

local function plugin_root()
  local source = debug.getinfo(1, 'S').source:sub(2) -- .../clients/neovim/lua/migration-lsp/init.lua
  return vim.fn.fnamemodify(source, ':p:h:h:h')
end

--- The jar: option, then $MIGRATION_LSP_JAR, then the repository checkout this plugin belongs to.
function M.default_jar()
  if M.config.jar then return M.config.jar end
  if vim.env.MIGRATION_LSP_JAR and vim.env.MIGRATION_LSP_JAR ~= '' then return vim.env.MIGRATION_LSP_JAR end
  return join(vim.fn.fnamemodify(plugin_root(), ':h:h'), 'server', 'target', 'migration-lsp.jar')
end

--- The checkout's launcher (bin/migration-lsp: an AppCDS archive, the serial GC; about half the start-up time of
--- java -jar), used unless `java` is configured or on Windows (it is a POSIX shell script). It takes the jar from
--- MIGRATION_LSP_JAR and the JDK from JAVA_HOME or PATH, as the java -jar command would.
function M.default_launcher()
  if M.config.java or vim.fn.has('win32') == 1 then return nil end
  local launcher = join(vim.fn.fnamemodify(plugin_root(), ':h:h'), 'bin', 'migration-lsp')
  if uv.fs_access(launcher, 'X') then return launcher end
  return nil
end

function M.default_cmd()
  local launcher = M.default_launcher()
  if launcher then
    return { 'env', 'MIGRATION_LSP_JAR=' .. M.default_jar(), launcher, 'lsp', '--stdio' }
  end
  local java = M.config.java
  if not java then
    java = (vim.env.JAVA_HOME and vim.env.JAVA_HOME ~= '') and join(vim.env.JAVA_HOME, 'bin', 'java') or 'java'
  end
  return { java, '-jar', M.default_jar(), 'lsp', '--stdio' }
end

local function is_marker(dir, marker)
  local path = join(dir, marker)
  if not exists(path) then return false end
  if marker == 'pyproject.toml' then
    local f = io.open(path, 'r')
    if not f then return false end
    local text = f:read('*a')
    f:close()
    return text:find('[tool.migration-lsp', 1, true) ~= nil
  end
  return true
end

--- The nearest folder above `path` that holds a root marker, or nil.
function M.find_root(path, markers)
  markers = markers or M.config.root_markers
  local dir = vim.fn.fnamemodify(path, ':p')
  if vim.fn.isdirectory(dir) == 0 then dir = vim.fn.fnamemodify(dir, ':h') end
  dir = dir:gsub('/$', '')
  while dir and dir ~= '' do
    for _, marker in ipairs(markers) do
      if is_marker(dir, marker) then return dir end
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then break end
    dir = parent
  end
  return nil
end

local function server_settings()
  return M.config.settings or {}
end

local function handlers()
  return {
    ['migration-lsp/headsChanged'] = function(_, result, ctx)
      heads_by_client[ctx.client_id] = result
      -- sent once the workspace is loaded and whenever the graph's heads move: lenses (parent, children) change too
      local buf = vim.api.nvim_get_current_buf()
      if M.config.codelens ~= false and vim.lsp.codelens and vim.lsp.buf_is_attached(buf, ctx.client_id) then
        pcall(vim.lsp.codelens.refresh)
      end
    end,
  }
end

--- The client configuration for a root (also what M.lsp_config() builds on).
function M.client_config(root)
  local settings = server_settings()
  return {
    name = SERVER_NAME,
    cmd = M.config.cmd or M.default_cmd(),
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
    -- initializationOptions carry the server's own object; settings keep the {"migration-lsp": {...}} section that
    -- Neovim sends with workspace/didChangeConfiguration after initialize
    init_options = settings[SERVER_NAME] or {},
    settings = settings,
    capabilities = M.config.capabilities or vim.lsp.protocol.make_client_capabilities(),
    handlers = handlers(),
    on_attach = function(client, bufnr)
      local caps = client.server_capabilities or {}
      if caps.codeLensProvider then refresh_codelens(bufnr) end
      if M.config.on_attach then M.config.on_attach(client, bufnr) end
    end,
    on_exit = function(_, _, client_id)
      for r, id in pairs(clients_by_root) do
        if id == client_id then clients_by_root[r] = nil end
      end
      heads_by_client[client_id] = nil
    end,
  }
end

local function live_client(id)
  local client = id and vim.lsp.get_client_by_id(id)
  if client and not client_call(client, 'is_stopped') then return client end
  return nil
end

--- Starts (or reuses) the server for the buffer's workspace and attaches the buffer. Returns the client id or nil.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = vim.api.nvim_buf_get_name(bufnr)
  if name == '' or vim.bo[bufnr].buftype ~= '' then return nil end
  local root = M.find_root(name)
  if not root then return nil end
  local id = clients_by_root[root]
  if vim.lsp.start then
    -- 0.8+: starts or reuses the client with this name and root, and attaches the buffer
    id = vim.lsp.start(M.client_config(root), { bufnr = bufnr })
  elseif not live_client(id) then
    id = vim.lsp.start_client(M.client_config(root))
  end
  if not id then
    notify('could not start the server (' .. table.concat(M.config.cmd or M.default_cmd(), ' ') .. ')', vim.log.levels.ERROR)
    return nil
  end
  clients_by_root[root] = id
  if not vim.lsp.buf_is_attached(bufnr, id) then vim.lsp.buf_attach_client(bufnr, id) end
  return id
end

--- The migration-lsp client for the current buffer's workspace (starting it if needed).
function M.client(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  for _, client in ipairs(our_clients(bufnr)) do
    return client
  end
  local id = M.attach(bufnr)
  if id then return vim.lsp.get_client_by_id(id) end
  local cwd_root = M.find_root(vim.fn.getcwd())
  if cwd_root and live_client(clients_by_root[cwd_root]) then return vim.lsp.get_client_by_id(clients_by_root[cwd_root]) end
  if cwd_root then
    local cid
    if vim.lsp.start then
      cid = vim.lsp.start(M.client_config(cwd_root), { bufnr = bufnr })
    else
      cid = vim.lsp.start_client(M.client_config(cwd_root))
    end
    if cid then
      clients_by_root[cwd_root] = cid
      return vim.lsp.get_client_by_id(cid)
    end
  end
  return nil
end

local function execute(command, argument, callback)
  local client = M.client()
  if not client then
    notify('no workspace with migrations here (no ' .. table.concat(M.config.root_markers, ', ') .. ' above this file)', vim.log.levels.WARN)
    return
  end
  client_call(client, 'request', 'workspace/executeCommand', { command = command, arguments = argument and { argument } or {} }, function(err, result)
    if err then
      notify(command .. ' failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
      return
    end
    callback(result, client)
  end, vim.api.nvim_get_current_buf())
end

M.execute = execute

--- Same rules as the VS Code input box: one line, not empty, no quotes/backslashes/backticks, at most 100 characters.
function M.validate_description(text)
  text = vim.trim(text or '')
  if text == '' then return 'describe the change, e.g. "add locale to users"' end
  if #text > 100 then return 'keep the description under 100 characters' end
  if text:find('[%c]') then return 'use a single line' end
  if text:find('["\\`]') then return 'leave out quotes, backslashes and backticks' end
  if not text:find('%w') then return 'use at least one letter or digit' end
  return nil
end

local function open_created(result)
  if type(result) ~= 'table' then return end
  local path = result.uri and vim.uri_to_fname(result.uri) or result.path
  if path and vim.fn.fnamemodify(vim.api.nvim_buf_get_name(0), ':p') ~= vim.fn.fnamemodify(path, ':p') then
    vim.cmd('edit ' .. vim.fn.fnameescape(path))
  end
  local parts = { 'created ' .. (result.path or path or '?') }
  if result.revision then table.insert(parts, 'revision ' .. result.revision) end
  if result.downRevision then table.insert(parts, 'revises ' .. tostring(result.downRevision)) end
  notify(table.concat(parts, ', '))
end

--- :MigrationCreate {postgres|clickhouse} [description]
function M.create(target, description, extra)
  local function with_description(t)
    local function go(desc)
      if desc == nil then return end
      local problem = M.validate_description(desc)
      if problem then
        notify(problem, vim.log.levels.WARN)
        return
      end
      local argument = vim.tbl_extend('force', { target = t, description = vim.trim(desc) }, extra or {})
      execute('migration-lsp.create', argument, open_created)
    end
    if description and vim.trim(description) ~= '' then
      go(description)
    else
      vim.ui.input({ prompt = 'Describe the ' .. t .. ' migration: ' }, go)
    end
  end
  if target == 'postgres' or target == 'clickhouse' then
    with_description(target)
  elseif target == nil or target == '' then
    vim.ui.select({ 'postgres', 'clickhouse' }, {
      prompt = 'New migration for',
      format_item = function(item) return item == 'postgres' and 'PostgreSQL (Alembic)' or 'ClickHouse (numbered SQL)' end,
    }, function(choice)
      if choice then with_description(choice) end
    end)
  else
    notify('unknown target "' .. target .. '": use postgres or clickhouse', vim.log.levels.ERROR)
  end
end

--- Text lines for a heads payload (also used by the statusline helper).
--- "core: " for a head of one of several Alembic histories (the server names them only then), else "".
local function history_prefix(h)
  return type(h.history) == 'string' and (h.history .. ': ') or ''
end

--- Which histories (with their folders) have a branch with several heads: "tenant (db/tenant)".
local function conflicting_histories(payload)
  local names, seen = {}, {}
  for _, h in ipairs(payload and payload.heads or {}) do
    if h.conflict and type(h.history) == 'string' and not seen[h.history] then
      seen[h.history] = true
      table.insert(names, h.history .. (type(h.historyFolder) == 'string' and (' (' .. h.historyFolder .. ')') or ''))
    end
  end
  return names
end

function M.format_heads(payload)
  local lines = {}
  if payload and type(payload.root) == 'string' then
    table.insert(lines, 'folder ' .. vim.uri_to_fname(payload.root))
  end
  for _, h in ipairs(payload and payload.heads or {}) do
    local labels = (h.labels and #h.labels > 0) and (' (' .. table.concat(h.labels, ', ') .. ')') or ''
    local folder = type(h.historyFolder) == 'string' and (' [' .. h.historyFolder .. ']') or ''
    table.insert(lines, (h.conflict and '! ' or '') .. history_prefix(h) .. h.revision .. labels
      .. (h.description and (' ' .. h.description) or '') .. folder)
  end
  if payload and payload.conflict then
    local where = conflicting_histories(payload)
    table.insert(lines, 'a branch' .. (#where > 0 and (' of ' .. table.concat(where, ', ')) or '')
      .. ' has more than one head: run :MigrationCreateMerge')
  end
  return lines
end

--- :MigrationAcceptFindings: writes the baseline (the configured one, else .migration-lsp/baseline.json).
function M.accept_findings(callback)
  execute('migration-lsp.acceptFindings', nil, function(result)
    notify(('accepted %d findings in %s'):format(result and result.findings or 0, result and result.path or 'the baseline'))
    if callback then callback(result) end
  end)
end

function M.heads(callback)
  execute('migration-lsp.heads', nil, function(result)
    if callback then return callback(result) end
    local lines = M.format_heads(result)
    notify('Alembic heads:\n' .. table.concat(lines, '\n'), result and result.conflict and vim.log.levels.WARN or vim.log.levels.INFO)
  end)
end

--- For a statusline: "Alembic heads: 0006, 0005" (with several histories "core: 0001, tenant: 0002") or "several heads on
--- one branch [of tenant (db/tenant)]!", from the last headsChanged notification of the buffer's server.
function M.statusline()
  local client = nil
  for _, c in ipairs(our_clients(vim.api.nvim_get_current_buf())) do
    client = c
  end
  local payload = client and heads_by_client[client.id]
  if not payload then return '' end
  if payload.conflict then
    local where = conflicting_histories(payload)
    return 'Alembic: several heads on one branch' .. (#where > 0 and (' of ' .. table.concat(where, ', ')) or '') .. '!'
  end
  local revs = {}
  for _, h in ipairs(payload.heads or {}) do table.insert(revs, history_prefix(h) .. h.revision) end
  return 'Alembic heads: ' .. table.concat(revs, ', ')
end

function M.last_heads(client_id)
  return heads_by_client[client_id]
end

-- The server's code lenses (parent, children, head) name VS Code's editor.action.showReferences with the child
-- revisions' locations; here that command fills the quickfix list instead.
local function define_client_commands()
  if not vim.lsp.commands or vim.lsp.commands['editor.action.showReferences'] then return end
  vim.lsp.commands['editor.action.showReferences'] = function(command, ctx)
    local locations = command.arguments and command.arguments[3] or {}
    local client = vim.lsp.get_client_by_id(ctx.client_id)
    local items = vim.lsp.util.locations_to_items(locations, client and client.offset_encoding or 'utf-16')
    vim.fn.setqflist({}, ' ', { title = command.title, items = items })
    if #items > 0 then vim.cmd('copen') end
  end
end

--- Keeps code lenses fresh in attached buffers (`codelens = false` in setup() turns this off).
local function refresh_codelens(bufnr)
  if M.config.codelens == false or not vim.lsp.codelens then return end
  local group = vim.api.nvim_create_augroup('migration-lsp-codelens-' .. bufnr, { clear = true })
  vim.api.nvim_create_autocmd({ 'BufEnter', 'CursorHold', 'InsertLeave', 'BufWritePost' }, {
    group = group,
    buffer = bufnr,
    callback = function() pcall(vim.lsp.codelens.refresh) end,
  })
  pcall(vim.lsp.codelens.refresh)
end

local function define_commands()
  define_client_commands()
  vim.api.nvim_create_user_command('MigrationCreate', function(args)
    local target = args.fargs[1]
    local description = #args.fargs > 1 and table.concat(vim.list_slice(args.fargs, 2), ' ') or nil
    M.create(target, description)
  end, {
    nargs = '*',
    desc = 'Create a migration: :MigrationCreate {postgres|clickhouse} [description]',
    complete = function(arg_lead, cmd_line)
      if #vim.split(cmd_line, '%s+') > 2 then return {} end
      return vim.tbl_filter(function(t) return t:find(arg_lead, 1, true) == 1 end, { 'postgres', 'clickhouse' })
    end,
  })
  vim.api.nvim_create_user_command('MigrationCreateMerge', function(args)
    execute('migration-lsp.createMerge', args.args ~= '' and { branch = args.args } or {}, open_created)
  end, { nargs = '?', desc = 'Create a merge revision over the heads of a branch' })
  vim.api.nvim_create_user_command('MigrationHeads', function() M.heads() end, { desc = 'Show the Alembic heads' })
  vim.api.nvim_create_user_command('MigrationAcceptFindings', function() M.accept_findings() end,
    { desc = 'Record every current finding in the baseline (they stop being shown)' })
end

--- setup({cmd, jar, java, root_markers, filetypes, settings, on_attach, capabilities})
function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  if opts and opts.root_markers then M.config.root_markers = opts.root_markers end
  if opts and opts.filetypes then M.config.filetypes = opts.filetypes end
  define_commands()
  local group = vim.api.nvim_create_augroup('migration-lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = M.config.filetypes,
    callback = function(ev) M.attach(ev.buf) end,
  })
  -- buffers already open when setup() runs
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(M.config.filetypes, vim.bo[buf].filetype) then M.attach(buf) end
  end
end

--- A vim.lsp.config / nvim-lspconfig style table: { cmd, filetypes, root_markers, root_dir, settings, init_options,
--- handlers }. Also defines the :Migration* commands, which then talk to that client.
function M.lsp_config(opts)
  M.config = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})
  if opts and opts.root_markers then M.config.root_markers = opts.root_markers end
  define_commands()
  local settings = server_settings()
  return {
    cmd = M.config.cmd or M.default_cmd(),
    filetypes = M.config.filetypes,
    root_markers = M.config.root_markers,
    root_dir = function(bufnr_or_name, on_dir)
      local name = type(bufnr_or_name) == 'number' and vim.api.nvim_buf_get_name(bufnr_or_name) or bufnr_or_name
      local root = M.find_root(name)
      if on_dir then
        if root then on_dir(root) end
        return nil
      end
      return root
    end,
    settings = settings,
    init_options = settings[SERVER_NAME] or {},
    handlers = handlers(),
  }
end

return M
