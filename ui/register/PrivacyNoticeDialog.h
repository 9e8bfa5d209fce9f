#pragma once

// The public privacy notice of a department, as Habeas makes it from the
// register: the department and the language chosen, the page previewed,
// then printed, or saved as a PDF or as a web page to publish. The notice
// holds nothing but the register's entries and the office's settings.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace habeas {

class Session;

class PrivacyNoticeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyNoticeDialog)

public:
    explicit PrivacyNoticeDialog(Session &session, QWidget *parent = nullptr);
    ~PrivacyNoticeDialog() override;

    // The department and language shown ("fr" or "en"); false when the
    // register has no notice for that department.
    bool showNotice(const QString &department, const QString &language);
    QString department() const;
    QString language() const;

    // Ask for a printer, or a file, and put the notice there; false when
    // cancelled or refused (said in a message box).
    bool print();
    bool savePdf();
    bool saveHtml();

    QTextBrowser *preview() const { return m_preview; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *pdfButton() const { return m_pdf; }
    QPushButton *htmlButton() const { return m_html; }

private:
    void refresh();
    bool save(const QString &suffix, const QString &caption, const QString &filter);

    Session &m_session;
    QComboBox *m_department = nullptr;
    QComboBox *m_language = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_html = nullptr;
};

} // namespace habeas
