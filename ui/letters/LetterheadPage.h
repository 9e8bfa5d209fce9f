#pragma once

// Administration → Letterhead: what letters print at the top of the first
// page, in the signature block and at the foot of every page, and the
// supervisory authority's address for refusals, with a small preview of the
// top of the first page. Through LetterheadService; for ManageSettings.
//
// reload() reads the letterhead again; edits not saved yet stay on the form
// (the page is reloaded each time it is shown), and clear() at the lock
// drops them.

#include "core/letters/Letterhead.h"
#include "ui/shell/Page.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace habeas {

class Session;

class LetterheadPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterheadPage)

public:
    explicit LetterheadPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;

    // Saves the form (Ctrl+S); on a refusal says why and puts the focus on
    // the field concerned. Returns whether it was saved.
    bool save();
    // "Choose an image…": asks for a file (FileDialog) and prepares it as
    // the logo; the form then has unsaved changes.
    void chooseLogo();
    void removeLogo();
    // The form differs from the letterhead last read or saved.
    bool hasUnsavedChanges() const;
    // What the form holds now.
    Letterhead edited() const;

Q_SIGNALS:
    void saved();

private:
    void fill(const Letterhead &letterhead);
    void updateState();
    void showLogo();
    QWidget *fieldOf(const QString &field) const;

    Session &m_session;
    Letterhead m_loaded;
    QByteArray m_logo;
    QLineEdit *m_officeName = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_signatoryName = nullptr;
    QLineEdit *m_signatoryTitle = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QPlainTextEdit *m_authority = nullptr;
    QLabel *m_authorityNote = nullptr;
    QLabel *m_logoView = nullptr;
    QPushButton *m_chooseLogo = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QLabel *m_previewLogo = nullptr;
    QLabel *m_previewOffice = nullptr;
    QLabel *m_previewAddress = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace habeas
