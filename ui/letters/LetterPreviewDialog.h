#pragma once

// A letter on screen as it is on paper: the pages of its PDF in a print
// preview (zoom, one page or all), drawn from the bytes held here and
// nowhere else. A draft offers to issue it (archive it with the request);
// an issued letter offers to print it (Ctrl+P) and to export it as a PDF
// protected by a password. After issuing, the dialog shows the archived
// letter, read back from the vault.

#include "core/crypto/SecureBytes.h"
#include "core/letters/Letter.h"
#include "core/letters/LetterService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace habeas {

class Session;

class LetterPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterPreviewDialog)

public:
    // A draft, to be issued or dropped.
    LetterPreviewDialog(Session &session, LetterDraft draft, const QString &reference, QWidget *parent = nullptr);
    // An issued letter, its archived bytes.
    LetterPreviewDialog(Session &session, const IssuedLetter &letter, SecureBytes pdf, const QString &reference,
                        QWidget *parent = nullptr);
    ~LetterPreviewDialog() override;

    // The letter issued from this dialog, if any.
    std::optional<IssuedLetter> issued() const { return m_letter && m_fromDraft ? m_letter : std::nullopt; }
    bool isDraft() const { return m_draft.has_value(); }
    int pageCount() const;

    // Archives the draft; the dialog then shows the archived letter.
    bool issue();
    // Asks for a printer, then prints the issued letter; audited.
    bool print();
    // Asks for a password and a file, then writes the encrypted letter.
    bool exportPdf();

    QPushButton *issueButton() const { return m_issue; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *exportButton() const { return m_export; }

private:
    void build();
    void showState();
    void paintPages(QPrinter *printer);

    Session &m_session;
    std::optional<LetterDraft> m_draft;
    std::optional<IssuedLetter> m_letter;
    bool m_fromDraft = false;
    SecureBytes m_pdf; // an issued letter's archived bytes (a draft's are in m_draft)
    QString m_reference;
    std::unique_ptr<QPrinter> m_screen;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_issue = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace habeas
