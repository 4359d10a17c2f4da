;;; eglot-lsp.el --- Emacs + Eglot as an LSP client of dist/server.js  -*- lexical-binding: t -*-
;; Run by test/editors/eglot.slow.test.ts:
;;   FEDIPOLICY_SERVER=dist/server.js FEDIPOLICY_FILE=policy.md FEDIPOLICY_OUT=out.json \
;;     emacs --batch -l test/editors/eglot-lsp.el
;; Opens the policy, lets Eglot start the server over stdio, waits for the
;; diagnostics Eglot hands to Flymake, and writes them (rule id, 1-based line) as JSON.
(require 'eglot)
(require 'json)

(defvar fedipolicy-test-result (list (cons 'steps nil)))

(defun fedipolicy-test-step (name)
  (push name (alist-get 'steps fedipolicy-test-result)))

(defun fedipolicy-test-diagnostics ()
  "The diagnostics of the current buffer as Eglot gave them to Flymake."
  (mapcar (lambda (diag)
            (let ((lsp (alist-get 'eglot-lsp-diag (flymake-diagnostic-data diag))))
              (list (cons 'code (plist-get lsp :code))
                    (cons 'line (line-number-at-pos (flymake-diagnostic-beg diag) t))
                    (cons 'source (plist-get lsp :source)))))
          (or (and (bound-and-true-p flymake-mode) (flymake-diagnostics))
              eglot--diagnostics)))

;; Eglot names the language after the major mode; Emacs has no Markdown mode built in.
(unless (fboundp 'markdown-mode)
  (define-derived-mode markdown-mode text-mode "Markdown"))

(let* ((server (or (getenv "FEDIPOLICY_SERVER") (error "FEDIPOLICY_SERVER is not set")))
       (file (or (getenv "FEDIPOLICY_FILE") (error "FEDIPOLICY_FILE is not set")))
       (out (or (getenv "FEDIPOLICY_OUT") (error "FEDIPOLICY_OUT is not set")))
       (timeout (string-to-number (or (getenv "FEDIPOLICY_TIMEOUT_S") "30")))
       (dir (file-name-directory (expand-file-name file))))
  (condition-case err
      (progn
        (find-file file)
        (markdown-mode)
        (eglot '(markdown-mode) (cons 'transient dir) 'eglot-lsp-server
               (list "node" server "--stdio") "markdown")
        (fedipolicy-test-step "connected")
        (let ((deadline (+ (float-time) timeout)))
          (while (and (null (fedipolicy-test-diagnostics)) (< (float-time) deadline))
            (accept-process-output nil 0.1)))
        (let ((diags (fedipolicy-test-diagnostics)))
          (unless diags (error "no diagnostics within %s s" timeout))
          (push (cons 'diagnostics diags) fedipolicy-test-result))
        (fedipolicy-test-step "diagnostics")
        (ignore-errors (eglot-shutdown (eglot-current-server))))
    (error (push (cons 'error (error-message-string err)) fedipolicy-test-result)))
  (setf (alist-get 'steps fedipolicy-test-result) (reverse (alist-get 'steps fedipolicy-test-result)))
  (with-temp-file out
    (insert (json-encode fedipolicy-test-result))))
