#include "ui/letters/LetterPreviewDialog.h"

#include "core/accounts/Session.h"
#include "core/letters/LetterComposer.h"
#include "ui/common/MessageBox.h"
#include "ui/letters/LetterActions.h"
#include "ui/letters/PdfSheets.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace habeas {

namespace {

// The preview draws each page at this resolution: sharp on screen at a
// reading zoom, a few megabytes a page.
constexpr int PreviewDpi = 150;

} // namespace

LetterPreviewDialog::LetterPreviewDialog(Session &session, LetterDraft draft, const QString &reference, QWidget *parent)
    : QDialog(parent), m_session(session), m_draft(std::move(draft)), m_reference(reference)
{
    build();
}

LetterPreviewDialog::LetterPreviewDialog(Session &session, const IssuedLetter &letter, SecureBytes pdf,
                                         const QString &reference, QWidget *parent)
    : QDialog(parent), m_session(session), m_letter(letter), m_pdf(std::move(pdf)), m_reference(reference)
{
    build();
}

LetterPreviewDialog::~LetterPreviewDialog() = default;

void LetterPreviewDialog::build()
{
    setObjectName(QStringLiteral("letterPreview"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("letterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    auto *zoom = new QHBoxLayout;
    const auto tool = [this, zoom](const QString &text, const QString &tip, auto slot) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setToolTip(tip);
        button->setAccessibleName(tip);
        connect(button, &QToolButton::clicked, this, slot);
        zoom->addWidget(button);
        return button;
    };
    tool(tr("&Whole page"), tr("The whole page in the window"), [this] { m_preview->fitInView(); });
    tool(tr("Full wi&dth"), tr("The page as wide as the window"), [this] { m_preview->fitToWidth(); });
    tool(QStringLiteral("−"), tr("Zoom out"), [this] { m_preview->zoomOut(); })->setShortcut(QKeySequence::ZoomOut);
    tool(QStringLiteral("+"), tr("Zoom in"), [this] { m_preview->zoomIn(); })->setShortcut(QKeySequence::ZoomIn);
    tool(tr("&All pages"), tr("Every page side by side"), [this] { m_preview->setViewMode(QPrintPreviewWidget::AllPagesView); });
    tool(tr("&One page"), tr("One page at a time"), [this] {
        m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
        m_preview->fitToWidth();
    });
    zoom->addStretch(1);
    layout->addLayout(zoom);

    m_screen = std::make_unique<QPrinter>(QPrinter::ScreenResolution);
    m_screen->setPageSize(QPageSize(QPageSize::A4));
    m_screen->setPageOrientation(QPageLayout::Portrait);
    m_screen->setResolution(PreviewDpi);
    m_preview = new QPrintPreviewWidget(m_screen.get(), this);
    m_preview->setObjectName(QStringLiteral("letterPages"));
    m_preview->setAccessibleName(tr("The letter's pages"));
    m_preview->setContextMenuPolicy(Qt::NoContextMenu);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &LetterPreviewDialog::paintPages);
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_issue = buttons->addButton(tr("&Issue the letter"), QDialogButtonBox::ActionRole);
    m_issue->setToolTip(tr("Archive the letter with the request, exactly as shown, and then print or export it"));
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(); });
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setToolTip(tr("Print (Ctrl+P)"));
    m_print->setShortcut(QKeySequence::Print);
    connect(m_print, &QPushButton::clicked, this, [this] { print(); });
    m_export = buttons->addButton(tr("E&xport as PDF…"), QDialogButtonBox::ActionRole);
    m_export->setToolTip(tr("A PDF that opens only with a password you choose"));
    connect(m_export, &QPushButton::clicked, this, [this] { exportPdf(); });
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    showState();
    resize(820, 900);
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->fitToWidth();
}

int LetterPreviewDialog::pageCount() const
{
    return m_preview->pageCount();
}

void LetterPreviewDialog::paintPages(QPrinter *printer)
{
    const QByteArrayView shown = m_draft ? m_draft->pdf.bytes.view() : m_pdf.view();
    if (auto painted = PdfSheets::paint(shown, *printer); !painted)
        m_status->setText(painted.error().message);
}

void LetterPreviewDialog::showState()
{
    const bool draft = m_draft.has_value();
    const bool handles = m_session.can(Permission::HandleRequests);
    if (draft) {
        const QString kind = LetterComposer::kindName(m_draft->kind);
        setWindowTitle(tr("%1 — %2 — to issue").arg(kind, m_reference));
        m_status->setText(
            tr("This is the letter as it will be archived and sent (template: %1, version %2; language: %3; to the "
               "%4). Issuing it archives it with the request; it cannot be changed afterwards.")
                .arg(m_draft->text.version == 0 ? tr("Habeas's own text") : tr("the office's text"))
                .arg(std::max(1, m_draft->text.version))
                .arg(LetterActions::languageName(m_draft->language), m_draft->toAgent ? tr("agent") : tr("requester"))
            + (m_draft->warnings.isEmpty() ? QString() : u'\n' + m_draft->warnings.join(u'\n')));
    } else if (m_letter) {
        const QString kind = LetterComposer::kindName(m_letter->kind);
        setWindowTitle(tr("%1 — %2").arg(kind, m_reference));
        m_status->setText(tr("Issued on %1 by %2 (template version %3, %n page(s)). This is the archived letter.", nullptr,
                             m_letter->pages)
                              .arg(QLocale().toString(m_letter->issuedAt.toLocalTime(), QLocale::ShortFormat),
                                   m_letter->issuedBy)
                              .arg(m_letter->templateVersion));
    }
    m_issue->setVisible(draft);
    m_issue->setEnabled(draft && handles);
    m_issue->setDefault(draft);
    m_print->setVisible(!draft);
    m_export->setVisible(!draft);
    m_print->setEnabled(!draft && handles);
    m_export->setEnabled(!draft && handles);
}

bool LetterPreviewDialog::issue()
{
    if (!m_draft)
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto issued = LetterService(m_session).issue(*m_draft);
    QApplication::restoreOverrideCursor();
    if (!issued) {
        MessageBox::critical(this, tr("Letter"), issued.error().message);
        return false;
    }
    // What the vault archived is these bytes (issue stores the draft's PDF
    // as it is): shown on, once its digest is the archive's.
    m_pdf = std::move(m_draft->pdf.bytes);
    m_draft.reset();
    m_letter = *issued;
    m_fromDraft = true;
    const QByteArray digest = QCryptographicHash::hash(m_pdf.view(), QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(digest) != issued->sha256) {
        MessageBox::critical(this, tr("Letter"),
                             tr("The letter was issued, but what was archived differs from what is shown. Open it "
                                "again from the Letters tab."));
        reject();
        return true;
    }
    showState();
    m_preview->updatePreview();
    m_print->setDefault(true);
    m_print->setFocus();
    return true;
}

bool LetterPreviewDialog::print()
{
    return m_letter && !m_draft && LetterActions::print(m_session, *m_letter, m_pdf.view(), m_reference, this);
}

bool LetterPreviewDialog::exportPdf()
{
    return m_letter && !m_draft && LetterActions::exportPdf(m_session, *m_letter, m_reference, this);
}

} // namespace habeas
