#pragma once

// Administration → Letter templates: the DPO adapts the text each kind of
// letter is made from, in French and in English, with the placeholders the
// kind offers listed beside the editor and the text checked as it is typed.
// Saving adds a version; the versions saved can be loaded back into the
// editor to start from them. Through LetterService; for ManageLetterTemplates.
//
// The editor is compared with the text in force for the kind and language
// shown. Edits not saved yet stay while the page is reloaded; switching kind
// or language, or leaving the page, asks first; clear() at the lock drops
// everything.

#include "core/letters/Letter.h"
#include "ui/shell/Page.h"

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace habeas {

class Session;

class LetterTemplatesPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterTemplatesPage)

public:
    explicit LetterTemplatesPage(Session &session, QWidget *parent = nullptr);

    QString title() const override;
    void reload() override;
    void clear() override;
    bool mayLeave() override;

    // Shows the template of `kind` in `language` ("fr" or "en"), asking
    // first when the editor has unsaved changes. Returns whether it did.
    bool showTemplate(LetterKind kind, const QString &language);
    LetterKind kind() const { return m_kind; }
    QString language() const { return m_language; }

    // Saves the editor as a new version (Ctrl+S); on a refusal says why and
    // puts the focus on the field concerned. Returns whether it was saved.
    bool save();
    // Puts the placeholder at the cursor in the body.
    void insertPlaceholder(const QString &name);
    // Puts the version listed at `row` (0 is the newest) in the editor.
    void loadVersion(int row);
    // Puts Habeas's own text in the editor.
    void startFromBuiltIn();
    // The editor differs from the text in force.
    bool hasUnsavedChanges() const;
    // Why the text in the editor would be refused; empty when it is accepted.
    QString problem() const;

Q_SIGNALS:
    void saved(const LetterTemplateVersion &version);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Reads the text in force and the versions of the kind and language
    // shown; on an error says it in the status line and returns false.
    bool read();
    void showPlaceholders();
    void showVersions();
    void putInEditor(const QString &subject, const QString &body);
    void updateState();
    // Save, Discard or Cancel when the editor has unsaved changes.
    bool mayDropEdits();
    // Whether to replace unsaved edits with another text.
    bool mayReplaceEdits(const QString &with);
    void selectCurrentChoice();
    void choiceChanged();

    Session &m_session;
    LetterKind m_kind = LetterKind::Acknowledgement;
    QString m_language = QStringLiteral("fr");
    LetterTemplateVersion m_inForce;
    std::vector<LetterTemplateVersion> m_versions; // newest first, then Habeas's own
    QComboBox *m_kindChoice = nullptr;
    QComboBox *m_languageChoice = nullptr;
    QLabel *m_inForceLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_check = nullptr;
    QTableWidget *m_placeholders = nullptr;
    QPushButton *m_insert = nullptr;
    QTableWidget *m_versionList = nullptr;
    QPushButton *m_load = nullptr;
    QPushButton *m_builtIn = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace habeas
