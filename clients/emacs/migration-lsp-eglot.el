;;; migration-lsp-eglot.el --- migration-lsp with eglot -*- lexical-binding: t; -*-

;; Registers the migration-lsp server with eglot for Python and SQL buffers, and lets project.el treat the folder
;; holding alembic.ini / .migration-lsp.toml as the project, so the server sees the whole workspace even outside git.
;; Works with eglot 1.9 (Debian's elpa-eglot on Emacs 28) and the eglot built into Emacs 29+.
;;
;; Usage:
;;   (setq migration-lsp-jar "/path/to/migration-lsp.jar")
;;   (load "/path/to/clients/emacs/migration-lsp-eglot.el")
;;   (add-hook 'python-mode-hook #'eglot-ensure)   ; and sql-mode-hook

;;; Code:

(require 'eglot)
(require 'project)

(defvar migration-lsp-jar (or (getenv "MIGRATION_LSP_JAR") (expand-file-name "~/.local/share/migration-lsp/migration-lsp.jar"))
  "Path of migration-lsp.jar.")

(defvar migration-lsp-java (if (getenv "JAVA_HOME") (expand-file-name "bin/java" (getenv "JAVA_HOME")) "java")
  "Java 17+ executable that runs the server.")

(defvar migration-lsp-root-markers '(".migration-lsp.toml" "alembic.ini")
  "Files that mark the root of a workspace with migrations.")

(defun migration-lsp-project (dir)
  "A project.el project rooted at the nearest folder above DIR with a migration marker."
  (let ((root (locate-dominating-file
               dir (lambda (d) (seq-some (lambda (m) (file-exists-p (expand-file-name m d))) migration-lsp-root-markers)))))
    (and root (cons 'transient (expand-file-name root)))))

(add-hook 'project-find-functions #'migration-lsp-project)

(defun migration-lsp-server-command (&rest _)
  "The command eglot runs."
  (list migration-lsp-java "-jar" (expand-file-name migration-lsp-jar) "lsp" "--stdio"))

(add-to-list 'eglot-server-programs `((python-mode python-ts-mode sql-mode) . migration-lsp-server-command))

;;;###autoload
(defun migration-lsp-create (target description)
  "Create the next TARGET (\"postgres\" or \"clickhouse\") migration described by DESCRIPTION, and visit it."
  (interactive (list (completing-read "New migration for: " '("postgres" "clickhouse") nil t)
                     (read-string "Description: ")))
  (let* ((result (jsonrpc-request (eglot--current-server-or-lose) :workspace/executeCommand
                                  `(:command "migration-lsp.create"
                                    :arguments [(:target ,target :description ,description)])))
         (uri (plist-get result :uri)))
    (when uri (find-file (eglot--uri-to-path uri)))
    (message "migration-lsp: created %s" (or (plist-get result :path) uri))
    result))

;;;###autoload
(defun migration-lsp-heads ()
  "Show the Alembic heads."
  (interactive)
  (let* ((result (jsonrpc-request (eglot--current-server-or-lose) :workspace/executeCommand '(:command "migration-lsp.heads")))
         ;; with several histories each head names its history (and folder): "core: 0001 [db/core]"
         (lines (mapcar (lambda (h) (format "%s%s%s %s%s" (if (eq (plist-get h :conflict) t) "! " "")
                                            (if (stringp (plist-get h :history)) (concat (plist-get h :history) ": ") "")
                                            (plist-get h :revision) (mapconcat #'identity (plist-get h :labels) ", ")
                                            (if (stringp (plist-get h :historyFolder))
                                                (format " [%s]" (plist-get h :historyFolder)) "")))
                        (plist-get result :heads))))
    (message "Alembic heads: %s" (string-join lines "; "))
    result))

(provide 'migration-lsp-eglot)
;;; migration-lsp-eglot.el ends here
