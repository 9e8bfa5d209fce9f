#include "ui/letters/LetterheadPage.h"

#include "ui/common/FileDialog.h"
#include "ui/common/MessageBox.h"

#include <QFile>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>

namespace habeas {

namespace {

// As the service keeps a block: each line trimmed, no blank line at either
// end; so that spaces typed at the end of a line are not "changes".
QString tidy(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

Letterhead tidied(Letterhead letterhead)
{
    for (QString *text : {&letterhead.officeName, &letterhead.address, &letterhead.place, &letterhead.signatoryName,
                          &letterhead.signatoryTitle, &letterhead.footer, &letterhead.authorityAddress})
        *text = tidy(*text);
    return letterhead;
}

// A text box sized to show `lines` lines without scrolling, and room for
// the horizontal scroll bar a long line brings (lines are not wrapped: a
// line on screen is a line on paper).
QPlainTextEdit *blockEdit(int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * int(edit->document()->documentMargin()) +
                       2 * edit->frameWidth() + edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    edit->setFixedHeight(height);
    return edit;
}

} // namespace

LetterheadPage::LetterheadPage(Session &session, QWidget *parent) : Page(parent), m_session(session)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *heading = new QLabel(tr("<h2>Letterhead</h2>What letters print: the top of the first page, the signature "
                                  "and the foot of every page. Kept in the vault, the same on every desk."),
                               content);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    columns->addLayout(form, 1);

    m_officeName = new QLineEdit(content);
    m_officeName->setObjectName(QStringLiteral("letterheadOfficeName"));
    m_officeName->setAccessibleName(tr("Office name"));
    m_officeName->setPlaceholderText(tr("e.g. Data Protection Officer"));
    m_address = blockEdit(5, content);
    m_address->setObjectName(QStringLiteral("letterheadAddress"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setPlaceholderText(tr("Department, street, postcode and town, one per line"));
    m_place = new QLineEdit(content);
    m_place->setObjectName(QStringLiteral("letterheadPlace"));
    m_place->setAccessibleName(tr("Place"));
    m_place->setToolTip(tr("The town written before the date, as in \"Monaco, 2 December 2026\"."));
    m_signatoryName = new QLineEdit(content);
    m_signatoryName->setObjectName(QStringLiteral("letterheadSignatoryName"));
    m_signatoryName->setAccessibleName(tr("Signatory's name"));
    m_signatoryTitle = new QLineEdit(content);
    m_signatoryTitle->setObjectName(QStringLiteral("letterheadSignatoryTitle"));
    m_signatoryTitle->setAccessibleName(tr("Signatory's title"));
    m_footer = blockEdit(2, content);
    m_footer->setObjectName(QStringLiteral("letterheadFooter"));
    m_footer->setAccessibleName(tr("Footer"));
    m_footer->setToolTip(tr("Printed at the foot of every page, beside the reference and the page number: "
                            "one or two lines."));
    m_authority = blockEdit(4, content);
    m_authority->setObjectName(QStringLiteral("letterheadAuthorityAddress"));
    m_authority->setAccessibleName(tr("Supervisory authority's address"));
    m_authority->setToolTip(tr("The name and postal address of the APDP, printed in refusal letters with the "
                               "requester's right to refer the matter to it."));
    m_authorityNote = new QLabel(content);
    m_authorityNote->setObjectName(QStringLiteral("letterheadAuthorityNote"));
    m_authorityNote->setWordWrap(true);
    m_authorityNote->setText(tr("Refusal letters cannot be printed until this address is filled in."));

    auto *logoRow = new QHBoxLayout;
    m_logoView = new QLabel(content);
    m_logoView->setObjectName(QStringLiteral("letterheadLogo"));
    m_logoView->setAccessibleName(tr("Logo"));
    m_logoView->setMinimumSize(160, 64);
    m_logoView->setAlignment(Qt::AlignCenter);
    m_logoView->setFrameShape(QFrame::StyledPanel);
    m_chooseLogo = new QPushButton(tr("C&hoose an image…"), content);
    m_chooseLogo->setObjectName(QStringLiteral("letterheadChooseLogo"));
    m_removeLogo = new QPushButton(tr("Re&move"), content);
    m_removeLogo->setObjectName(QStringLiteral("letterheadRemoveLogo"));
    m_removeLogo->setAccessibleName(tr("Remove the logo"));
    logoRow->addWidget(m_logoView);
    auto *logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch(1);
    logoRow->addLayout(logoButtons);
    logoRow->addStretch(1);

    form->addRow(tr("O&ffice name:"), m_officeName);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("Signatory's &name:"), m_signatoryName);
    form->addRow(tr("Signatory's &title:"), m_signatoryTitle);
    form->addRow(tr("&Footer:"), m_footer);
    form->addRow(tr("Supervisory a&uthority:"), m_authority);
    form->addRow(QString(), m_authorityNote);
    auto *logoLabel = new QLabel(tr("Logo:"), content);
    form->addRow(logoLabel, logoRow);

    // The top of the first page, roughly as it prints.
    auto *previewColumn = new QVBoxLayout;
    columns->addLayout(previewColumn);
    auto *previewTitle = new QLabel(tr("Top of the first page"), content);
    previewColumn->addWidget(previewTitle);
    auto *paper = new QFrame(content);
    paper->setObjectName(QStringLiteral("letterheadPreview"));
    paper->setFrameShape(QFrame::Box);
    paper->setAutoFillBackground(true);
    QPalette sheet = paper->palette();
    sheet.setColor(QPalette::Window, Qt::white);
    sheet.setColor(QPalette::WindowText, Qt::black);
    paper->setPalette(sheet);
    paper->setMinimumWidth(220);
    paper->setMaximumWidth(280);
    auto *paperLayout = new QVBoxLayout(paper);
    paperLayout->setContentsMargins(18, 14, 18, 14);
    m_previewLogo = new QLabel(paper);
    m_previewLogo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_previewOffice = new QLabel(paper);
    m_previewOffice->setObjectName(QStringLiteral("letterheadPreviewOffice"));
    m_previewOffice->setWordWrap(true);
    QFont bold = m_previewOffice->font();
    bold.setBold(true);
    m_previewOffice->setFont(bold);
    m_previewAddress = new QLabel(paper);
    m_previewAddress->setObjectName(QStringLiteral("letterheadPreviewAddress"));
    m_previewAddress->setWordWrap(true);
    m_previewAddress->setTextFormat(Qt::PlainText);
    m_previewOffice->setTextFormat(Qt::PlainText);
    paperLayout->addWidget(m_previewLogo);
    paperLayout->addWidget(m_previewOffice);
    paperLayout->addWidget(m_previewAddress);
    paperLayout->addStretch(1);
    paper->setMinimumHeight(200);
    previewColumn->addWidget(paper);
    previewColumn->addStretch(1);

    auto *actions = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), content);
    m_save->setObjectName(QStringLiteral("letterheadSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    actions->addWidget(m_save);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("letterheadStatus"));
    m_status->setWordWrap(true);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);
    layout->addStretch(1);

    for (QLineEdit *edit : {m_officeName, m_place, m_signatoryName, m_signatoryTitle})
        connect(edit, &QLineEdit::textChanged, this, &LetterheadPage::updateState);
    for (QPlainTextEdit *edit : {m_address, m_footer, m_authority})
        connect(edit, &QPlainTextEdit::textChanged, this, &LetterheadPage::updateState);
    connect(m_chooseLogo, &QPushButton::clicked, this, &LetterheadPage::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, &LetterheadPage::removeLogo);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    updateState();
}

QString LetterheadPage::title() const
{
    return tr("Letterhead");
}

void LetterheadPage::reload()
{
    auto letterhead = LetterheadService(m_session).current();
    if (!letterhead) {
        m_status->setText(letterhead.error().message);
        return;
    }
    const bool keepEdits = hasUnsavedChanges();
    m_loaded = *letterhead;
    if (!keepEdits) {
        fill(m_loaded);
        m_status->clear();
    }
    updateState();
}

void LetterheadPage::clear()
{
    m_loaded = Letterhead{};
    fill(m_loaded);
    m_status->clear();
    updateState();
}

void LetterheadPage::fill(const Letterhead &letterhead)
{
    m_officeName->setText(letterhead.officeName);
    m_address->setPlainText(letterhead.address);
    m_place->setText(letterhead.place);
    m_signatoryName->setText(letterhead.signatoryName);
    m_signatoryTitle->setText(letterhead.signatoryTitle);
    // Long lines shown from their start.
    for (QLineEdit *edit : {m_officeName, m_place, m_signatoryName, m_signatoryTitle})
        edit->setCursorPosition(0);
    m_footer->setPlainText(letterhead.footer);
    m_authority->setPlainText(letterhead.authorityAddress);
    m_logo = letterhead.logoPng;
    showLogo();
}

Letterhead LetterheadPage::edited() const
{
    Letterhead letterhead;
    letterhead.officeName = m_officeName->text();
    letterhead.address = m_address->toPlainText();
    letterhead.place = m_place->text();
    letterhead.signatoryName = m_signatoryName->text();
    letterhead.signatoryTitle = m_signatoryTitle->text();
    letterhead.footer = m_footer->toPlainText();
    letterhead.authorityAddress = m_authority->toPlainText();
    letterhead.logoPng = m_logo;
    return letterhead;
}

bool LetterheadPage::hasUnsavedChanges() const
{
    return !(tidied(edited()) == tidied(m_loaded));
}

void LetterheadPage::updateState()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    if (dirty)
        m_status->setText(tr("Changes not saved yet."));
    else if (m_status->text() == tr("Changes not saved yet."))
        m_status->clear();
    m_authorityNote->setVisible(tidy(m_authority->toPlainText()).isEmpty());
    m_removeLogo->setEnabled(!m_logo.isEmpty());
    const QString office = tidy(m_officeName->text());
    m_previewOffice->setText(office.isEmpty() ? tr("(office name)") : office);
    m_previewAddress->setText(tidy(m_address->toPlainText()));
}

void LetterheadPage::showLogo()
{
    QPixmap logo;
    if (!m_logo.isEmpty())
        logo.loadFromData(m_logo, "PNG");
    if (logo.isNull()) {
        m_logoView->setPixmap(QPixmap());
        m_logoView->setText(tr("No logo"));
        m_previewLogo->setPixmap(QPixmap());
        m_previewLogo->hide();
    } else {
        m_logoView->setText(QString());
        m_logoView->setPixmap(logo.scaled(QSize(150, 60), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_previewLogo->setPixmap(logo.scaled(QSize(120, 48), Qt::KeepAspectRatio, Qt::SmoothTransformation));
        m_previewLogo->show();
    }
}

void LetterheadPage::chooseLogo()
{
    const QString path =
        FileDialog::openFile(this, tr("Choose an image for the letterhead"), QString(),
                             tr("Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(this, tr("Letterhead"), tr("The file could not be read: %1").arg(file.errorString()));
        return;
    }
    // One byte over the limit is enough for the service to refuse it.
    const QByteArray bytes = file.read(LetterheadService::ImageMaximumBytes + 1);
    auto prepared = LetterheadService::prepareLogo(bytes);
    if (!prepared) {
        MessageBox::critical(this, tr("Letterhead"), prepared.error().message);
        return;
    }
    m_logo = *prepared;
    showLogo();
    updateState();
}

void LetterheadPage::removeLogo()
{
    m_logo.clear();
    showLogo();
    updateState();
}

QWidget *LetterheadPage::fieldOf(const QString &field) const
{
    if (field == QLatin1String("letterhead.officeName"))
        return m_officeName;
    if (field == QLatin1String("letterhead.address"))
        return m_address;
    if (field == QLatin1String("letterhead.place"))
        return m_place;
    if (field == QLatin1String("letterhead.signatoryName"))
        return m_signatoryName;
    if (field == QLatin1String("letterhead.signatoryTitle"))
        return m_signatoryTitle;
    if (field == QLatin1String("letterhead.footer"))
        return m_footer;
    if (field == QLatin1String("letterhead.authorityAddress"))
        return m_authority;
    if (field == QLatin1String("letterhead.logo"))
        return m_chooseLogo;
    return nullptr;
}

bool LetterheadPage::save()
{
    auto saved = LetterheadService(m_session).save(edited());
    if (!saved) {
        m_status->setText(saved.error().message);
        MessageBox::critical(this, tr("Letterhead"), saved.error().message);
        if (QWidget *field = fieldOf(saved.error().field))
            field->setFocus(Qt::OtherFocusReason);
        return false;
    }
    auto stored = LetterheadService(m_session).current();
    m_loaded = stored ? *stored : tidied(edited());
    fill(m_loaded);
    m_status->setText(tr("Letterhead saved."));
    updateState();
    Q_EMIT this->saved();
    return true;
}

} // namespace habeas
