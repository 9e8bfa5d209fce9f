#include "ui/register/PrivacyNoticeDialog.h"

#include "core/accounts/Session.h"
#include "core/letters/LetterRenderer.h"
#include "core/register/PrivacyNotice.h"
#include "core/register/PrivacyNoticeService.h"
#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace habeas {

PrivacyNoticeDialog::PrivacyNoticeDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Public privacy notice"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("noticeDepartment"));
    m_department->setAccessibleName(tr("Department"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("noticeLanguage"));
    m_language->setAccessibleName(tr("Language of the notice"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Language of the notice:"), m_language);
    layout->addLayout(form);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("noticePreview"));
    m_preview->setAccessibleName(tr("Preview of the notice"));
    // The page's own links: its table of contents moves within it; the
    // online form's address is not followed from here.
    m_preview->setOpenLinks(false);
    connect(m_preview, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.isRelative() && url.path().isEmpty() && url.hasFragment())
            m_preview->scrollToAnchor(url.fragment());
    });
    layout->addWidget(m_preview, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("noticeStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    m_html = buttons->addButton(tr("Save as &web page…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &PrivacyNoticeDialog::print);
    connect(m_pdf, &QPushButton::clicked, this, &PrivacyNoticeDialog::savePdf);
    connect(m_html, &QPushButton::clicked, this, &PrivacyNoticeDialog::saveHtml);

    auto departments = PrivacyNoticeService(m_session).departments();
    if (departments)
        m_department->addItems(*departments);
    connect(m_department, &QComboBox::currentIndexChanged, this, &PrivacyNoticeDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PrivacyNoticeDialog::refresh);
    // Room for the page, within the window it opens over (a small screen).
    QSize size(820, 720);
    if (parent)
        size = size.boundedTo(parent->window()->size() - QSize(40, 40)).expandedTo(QSize(480, 360));
    resize(size);
    refresh();
    if (!departments)
        m_status->setText(departments.error().message);
}

PrivacyNoticeDialog::~PrivacyNoticeDialog() = default;

QString PrivacyNoticeDialog::department() const
{
    return m_department->currentText();
}

QString PrivacyNoticeDialog::language() const
{
    return m_language->currentData().toString();
}

bool PrivacyNoticeDialog::showNotice(const QString &department, const QString &language)
{
    const int languageIndex = m_language->findData(language);
    const int departmentIndex = m_department->findText(department, Qt::MatchFixedString);
    if (languageIndex < 0 || departmentIndex < 0)
        return false;
    {
        const QSignalBlocker blocked(m_language);
        m_language->setCurrentIndex(languageIndex);
    }
    m_department->setCurrentIndex(departmentIndex);
    refresh();
    return m_html->isEnabled();
}

void PrivacyNoticeDialog::refresh()
{
    m_preview->clear();
    bool shown = false;
    if (m_department->count() == 0) {
        m_status->setText(tr("The register has no processing to tell the public about yet (drafts and retired "
                             "processings are left out)."));
    } else {
        auto page = PrivacyNoticeService(m_session).html(department(), language());
        if (page) {
            m_preview->setHtml(QString::fromUtf8(*page));
            m_status->setText(tr("Made from the register today. Publish it where the public reads it, and make it "
                                 "again after the register changes."));
            shown = true;
        } else {
            m_status->setText(page.error().message);
        }
    }
    for (QPushButton *button : {m_print, m_pdf, m_html})
        button->setEnabled(shown);
}

bool PrivacyNoticeDialog::print()
{
    auto facts = PrivacyNoticeService(m_session).facts(department(), language());
    if (!facts) {
        MessageBox::critical(this, tr("Print"), facts.error().message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setDocName(PrivacyNotice::title(*facts));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the privacy notice"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // The same layout as the PDF: the letters' renderer, on the printer.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const int pages = LetterRenderer(PrivacyNotice::content(*facts)).paint(printer);
    QApplication::restoreOverrideCursor();
    if (pages == 0) {
        MessageBox::critical(this, tr("Print"), tr("The printer could not be used."));
        return false;
    }
    return true;
}

bool PrivacyNoticeDialog::savePdf()
{
    return save(QStringLiteral("pdf"), tr("Save the privacy notice as a PDF"), tr("PDF documents (*.pdf)"));
}

bool PrivacyNoticeDialog::saveHtml()
{
    return save(QStringLiteral("html"), tr("Save the privacy notice as a web page"), tr("Web pages (*.html *.htm)"));
}

bool PrivacyNoticeDialog::save(const QString &suffix, const QString &caption, const QString &filter)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("privacy-notice-%1").arg(language()) + u'.' + suffix;
    QString path = FileDialog::saveFile(this, caption, QDir(folder).filePath(name), filter);
    if (path.isEmpty())
        return false;
    // The format is the one chosen, whatever the name typed.
    const QString typed = QFileInfo(path).suffix().toLower();
    if (typed != suffix && !(suffix == QLatin1String("html") && typed == QLatin1String("htm")))
        path += u'.' + suffix;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = PrivacyNoticeService(m_session).write(department(), language(), path);
    QApplication::restoreOverrideCursor();
    if (!written) {
        MessageBox::critical(this, caption, written.error().message);
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace habeas
