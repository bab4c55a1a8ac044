;;; probe.el --- loaded after the README's configuration (emacs --batch -Q -l config.el -l probe.el)  -*- lexical-binding: t -*-
;; Opens PROBE_FILE as a user would (find-file, then what the command loop runs after a command:
;; post-command-hook, where eglot-ensure connects), waits for the server's diagnostics, asks for a
;; hover at PROBE_LINE:PROBE_CHARACTER (LSP position) and writes what it read, as JSON, to PROBE_OUT.
(require 'json)
(require 'cl-lib)

(defvar probe-published nil "The diagnostics of the last publishDiagnostics for the file.")
(defvar probe-received nil "Whether a publishDiagnostics for the file arrived.")
(defvar probe-errors nil)
(defvar probe-hover nil)
(defvar probe-server-name nil)
(defvar probe-mode nil)

(let* ((file (expand-file-name (getenv "PROBE_FILE")))
       (out (getenv "PROBE_OUT"))
       (deadline (+ (float-time) (/ (string-to-number (or (getenv "PROBE_DEADLINE_MS") "20000")) 1000.0))))
  (advice-add 'eglot-handle-notification :before
              (lambda (_server method &rest params)
                (when (memq method '(textDocument/publishDiagnostics :textDocument/publishDiagnostics))
                  (when (equal (plist-get params :uri) (eglot--path-to-uri file))
                    (setq probe-received t
                          probe-published (plist-get params :diagnostics))))))
  (condition-case err
      (progn
        (find-file file)
        (setq probe-mode major-mode)
        (run-hooks 'post-command-hook)
        (let ((server (eglot-current-server)))
          (unless server (error "eglot did not connect for %s (major mode %s)" file major-mode))
          (setq probe-server-name (eglot--project-nickname server))
          (while (and (not probe-received) (< (float-time) deadline))
            (accept-process-output nil 0.05))
          (unless probe-received (push (format "no publishDiagnostics for %s" file) probe-errors))
          (setq probe-hover
                (jsonrpc-request server :textDocument/hover
                                 (list :textDocument (list :uri (eglot--path-to-uri file))
                                       :position (list :line (string-to-number (getenv "PROBE_LINE"))
                                                       :character (string-to-number (getenv "PROBE_CHARACTER"))))))))
    (error (push (error-message-string err) probe-errors)))
  (with-temp-file out
    (let ((json-encoding-pretty-print nil))
      (insert (json-encode (list :mode (symbol-name probe-mode)
                                 :server (or probe-server-name :json-null)
                                 :received (if probe-received t :json-false)
                                 :published (or probe-published [])
                                 :hover (or probe-hover :json-null)
                                 :errors (vconcat (reverse probe-errors)))))))
  (kill-emacs 0))
