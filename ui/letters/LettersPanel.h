#pragma once

// The Letters tab of an open request: the letters issued, oldest first,
// each shown, printed or exported from its archived PDF; and the letters
// that can be prepared now, the ones the request is owed first. Preparing
// shows the draft in a LetterPreviewDialog, where issuing archives it.

#include "core/letters/Letter.h"
#include "core/requests/Request.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace habeas {

class Session;

class LettersPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LettersPanel)

public:
    enum Column { IssuedColumn, KindColumn, LanguageColumn, TemplateColumn, ByColumn, PagesColumn, ColumnCount };

    explicit LettersPanel(Session &session, QWidget *parent = nullptr);

    // Lists the request's letters and what can be prepared for it.
    void display(const Request &request);
    void clear();

    // The letters the shown request is owed now (LetterComposer::owed).
    const std::vector<LetterKind> &owed() const { return m_owed; }
    const std::vector<IssuedLetter> &letters() const { return m_letters; }
    // The letter chosen in the list, if any.
    std::optional<IssuedLetter> selected() const;
    void select(qint64 letterId);

    // Drafts a letter of `kind` and shows it to be issued (modal). Returns
    // whether it was issued; a letter that cannot be made says why.
    bool prepare(LetterKind kind);
    // The archived letter, shown (modal) with print and export.
    bool showLetter(qint64 letterId);
    // Prints the archived letter, asking for a printer first.
    bool print(qint64 letterId);
    // Exports the archived letter as a PDF protected by a password.
    bool exportPdf(qint64 letterId);

    QTableWidget *table() const { return m_table; }
    QComboBox *kindChoice() const { return m_kind; }

Q_SIGNALS:
    // A letter was issued for the request: its history has a new entry.
    void letterIssued(qint64 requestId);

private:
    void refresh();
    void updateActions();
    // The letter of the shown request listed with that id, or null.
    const IssuedLetter *listed(qint64 letterId) const;

    Session &m_session;
    std::optional<Request> m_request;
    std::vector<IssuedLetter> m_letters;
    std::vector<LetterKind> m_owed;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_prepare = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace habeas
