#include "ui/register/ProcessingSummaryDialog.h"

#include "ui/common/MessageBox.h"
#include "core/register/ProcessingService.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace habeas {

namespace {

// The description as HTML, every value escaped.
class Html final {
public:
    void heading(const QString &text) { m_html += QStringLiteral("<h3>") + text.toHtmlEscaped() + QStringLiteral("</h3>"); }
    void field(const QString &label, const QString &value)
    {
        if (value.trimmed().isEmpty())
            return;
        m_html += QStringLiteral("<p><b>") + label.toHtmlEscaped() + QStringLiteral("</b> ")
                  + value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    // A section with a list, or nothing when the list is empty.
    void list(const QString &title, const QStringList &items)
    {
        if (items.isEmpty())
            return;
        heading(title);
        m_html += QStringLiteral("<ul>");
        for (const QString &item : items)
            m_html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
        m_html += QStringLiteral("</ul>");
    }
    // A section of free text.
    void text(const QString &title, const QString &value)
    {
        if (value.trimmed().isEmpty())
            return;
        heading(title);
        m_html += QStringLiteral("<p>") + value.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))
                  + QStringLiteral("</p>");
    }
    QString html() const { return m_html; }

private:
    QString m_html;
};

} // namespace

void ProcessingSummaryDialog::run(Session &session, qint64 id, QWidget *parent)
{
    auto processing = ProcessingService(session).find(id);
    if (!processing) {
        MessageBox::warning(parent, tr("Processing"), processing.error().message);
        return;
    }
    ProcessingSummaryDialog dialog(*processing, parent);
    dialog.exec();
}

QString ProcessingSummaryDialog::accessName(const QString &key)
{
    if (key == QLatin1String("entry"))
        return tr("entry");
    if (key == QLatin1String("update"))
        return tr("update");
    if (key == QLatin1String("consultation"))
        return tr("consultation");
    if (key == QLatin1String("maintenance"))
        return tr("maintenance");
    return key;
}

QString ProcessingSummaryDialog::linkName(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Interconnection: return tr("Interconnection");
    case LinkKind::Matching: return tr("Matching");
    }
    return {};
}

QString ProcessingSummaryDialog::statusName(ProcessingStatus status)
{
    switch (status) {
    case ProcessingStatus::Draft: return tr("Draft");
    case ProcessingStatus::Submitted: return tr("Submitted to the authority");
    case ProcessingStatus::OpinionReceived: return tr("Opinion received");
    case ProcessingStatus::InOperation: return tr("In operation");
    case ProcessingStatus::Retired: return tr("Retired");
    }
    return {};
}

QString ProcessingSummaryDialog::legalBasisName(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::LegalObligation: return tr("Legal obligation");
    case LegalBasis::PublicInterest: return tr("Public interest or official authority");
    case LegalBasis::Consent: return tr("Consent");
    case LegalBasis::Contract: return tr("Contract");
    case LegalBasis::LegitimateInterest: return tr("Legitimate interest");
    case LegalBasis::VitalInterest: return tr("Vital interest");
    }
    return {};
}

ProcessingSummaryDialog::ProcessingSummaryDialog(const Processing &p, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Processing: %1").arg(p.name));
    setModal(true);
    auto *layout = new QVBoxLayout(this);

    Html html;
    html.heading(p.name);
    if (!p.described)
        html.field(tr("Not described yet:"), tr("other processings of the register name it, nothing more."));
    html.field(tr("Reference:"), p.reference);
    html.field(tr("Department:"), p.controller);
    if (p.described)
        html.field(tr("Status:"), statusName(p.status));

    if (p.legalBasis || !p.legalJustification.trimmed().isEmpty() || !p.legalTexts.empty()) {
        html.heading(tr("Legal basis"));
        if (p.legalBasis)
            html.field(tr("Basis:"), legalBasisName(*p.legalBasis));
        html.field(tr("Justification:"), p.legalJustification);
        QStringList texts;
        for (const LegalText &text : p.legalTexts) {
            QString line = text.title;
            if (text.date.isValid())
                line = tr("%1 of %2", "legal text, its date").arg(line, QLocale().toString(text.date, QLocale::LongFormat));
            if (!text.reference.trimmed().isEmpty())
                line = tr("%1 (%2)", "legal text, its reference").arg(line, text.reference);
            texts << line;
        }
        html.list(tr("Legal texts"), texts);
    }
    html.list(tr("Functionalities"), p.functionalities);
    html.list(tr("People concerned"), p.subjectCategories);

    QStringList categories;
    for (const DataCategory &category : p.dataCategories) {
        categories << (category.retention.trimmed().isEmpty()
                           ? category.name
                           : tr("%1 — kept: %2", "data category, its retention").arg(category.name, category.retention));
    }
    html.list(tr("Data and retention"), categories);
    html.text(tr("Source of the data"), p.dataSource);

    QStringList recipients;
    for (const Recipient &recipient : p.recipients) {
        QStringList access;
        for (const QString &key : recipient.access)
            access << accessName(key);
        recipients << (access.isEmpty() ? recipient.name
                                        : tr("%1 (%2)", "recipient, kinds of access")
                                              .arg(recipient.name, access.join(QStringLiteral(", "))));
    }
    html.list(tr("Recipients and access"), recipients);

    QStringList links;
    for (const ProcessingLink &link : p.links)
        links << tr("%1: %2", "kind of link, other processing").arg(linkName(link.kind), link.target);
    html.list(tr("Links with other processings"), links);

    html.text(tr("Transfers"), p.transfers);
    html.text(tr("Security measures"), p.securityMeasures);
    html.text(tr("Information of the people concerned"), p.informationOfSubjects);
    html.text(tr("Exercise of rights"), p.rightsExercise);
    if (p.dataMandatory) {
        const QString given = *p.dataMandatory ? tr("Mandatory") : tr("Optional");
        html.text(tr("Giving the data"), p.mandatoryReason.trimmed().isEmpty()
                                             ? given
                                             : tr("%1 — %2", "mandatory or optional, what follows when not given")
                                                   .arg(given, p.mandatoryReason));
    }

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("processingSummary"));
    m_text->setAccessibleName(tr("Description of the processing"));
    m_text->setOpenLinks(false);
    // Tab reaches the Close button, as everywhere else.
    m_text->setTabChangesFocus(true);
    m_text->setHtml(html.html());
    layout->addWidget(m_text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
    m_text->setFocus(Qt::OtherFocusReason);
}

QString ProcessingSummaryDialog::text() const
{
    return m_text->toPlainText();
}

} // namespace habeas
