#include "core/register/RegisterExtract.h"

#include "core/letters/DocumentHtml.h"

#include <QLocale>

namespace habeas {

namespace {

QString esc(const QString &text)
{
    return DocumentHtml::escaped(text);
}

QString heading(int level, const QString &text, bool newPage = false)
{
    return DocumentHtml::heading(level, text, newPage);
}

QString paragraph(const QString &html)
{
    return DocumentHtml::paragraph(html);
}

QString notStated()
{
    return QStringLiteral("<i>%1</i>").arg(esc(RegisterExtract::tr("Not stated in the register.")));
}

// A labelled value: "Department: Direction informatique".
QString field(const QString &label, const QString &value)
{
    return paragraph(
        QStringLiteral("<b>%1</b> %2").arg(esc(label), value.trimmed().isEmpty() ? notStated() : esc(value)));
}

QString list(const QString &label, const QStringList &values)
{
    QStringList items;
    for (const QString &value : values) {
        if (!value.trimmed().isEmpty())
            items << QStringLiteral("<li>%1</li>").arg(esc(value));
    }
    if (items.isEmpty())
        return field(label, {});
    return paragraph(QStringLiteral("<b>%1</b>").arg(esc(label))) + QStringLiteral("<ul>") + items.join(QString()) +
           QStringLiteral("</ul>");
}

QString table(const QStringList &headers, const std::vector<QStringList> &rows)
{
    return DocumentHtml::table(headers, rows);
}

QString statusName(ProcessingStatus status)
{
    switch (status) {
    case ProcessingStatus::Draft: return RegisterExtract::tr("Draft");
    case ProcessingStatus::Submitted: return RegisterExtract::tr("Submitted to the authority");
    case ProcessingStatus::OpinionReceived: return RegisterExtract::tr("Opinion received");
    case ProcessingStatus::InOperation: return RegisterExtract::tr("In operation");
    case ProcessingStatus::Retired: return RegisterExtract::tr("Retired");
    }
    return {};
}

QString legalBasisName(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::LegalObligation: return RegisterExtract::tr("Legal obligation");
    case LegalBasis::PublicInterest: return RegisterExtract::tr("Task in the public interest");
    case LegalBasis::Consent: return RegisterExtract::tr("Consent");
    case LegalBasis::Contract: return RegisterExtract::tr("Contract");
    case LegalBasis::LegitimateInterest: return RegisterExtract::tr("Legitimate interest");
    case LegalBasis::VitalInterest: return RegisterExtract::tr("Vital interest");
    }
    return {};
}

QString accessName(const QString &key)
{
    if (key == QLatin1String("entry"))
        return RegisterExtract::tr("entry");
    if (key == QLatin1String("update"))
        return RegisterExtract::tr("update");
    if (key == QLatin1String("consultation"))
        return RegisterExtract::tr("consultation");
    if (key == QLatin1String("maintenance"))
        return RegisterExtract::tr("maintenance");
    return key;
}

QString linkKindName(LinkKind kind)
{
    return kind == LinkKind::Matching ? RegisterExtract::tr("Matching") : RegisterExtract::tr("Interconnection");
}

QString date(const QDate &day)
{
    return DocumentHtml::date(day);
}

QString retentionTable(const Processing &p, bool withDays)
{
    std::vector<QStringList> rows;
    for (const DataCategory &category : p.dataCategories) {
        QStringList row{esc(category.name),
                        category.retention.trimmed().isEmpty() ? notStated() : esc(category.retention)};
        if (withDays)
            row << (category.retentionDays ? esc(QLocale().toString(*category.retentionDays)) : QString());
        rows.push_back(row);
    }
    QStringList headers{RegisterExtract::tr("Category of data"), RegisterExtract::tr("Retention")};
    if (withDays)
        headers << RegisterExtract::tr("Days");
    return table(headers, rows);
}

} // namespace

QString RegisterExtract::entryHtml(const RegisterExtractEntry &entry, int level, bool newPage)
{
    const Processing &p = entry.processing;
    const QStringList sections = RegisterExtract::sectionHeadings();
    QString out = heading(level, entryTitle(p), newPage);
    out += field(RegisterExtract::tr("Department (controller):"), p.controller);
    out += field(RegisterExtract::tr("Status:"), statusName(p.status));
    if (!p.described)
        out += paragraph(
            esc(RegisterExtract::tr("Other processings name this one, but it is not described in the register yet.")));

    out += heading(level + 1, sections.at(0));
    out += field(RegisterExtract::tr("Purpose:"), p.name);
    out += list(RegisterExtract::tr("Functionalities:"), p.functionalities);
    out += list(RegisterExtract::tr("People concerned:"), p.subjectCategories);

    out += heading(level + 1, sections.at(1));
    out += field(RegisterExtract::tr("Legal basis:"), p.legalBasis ? legalBasisName(*p.legalBasis) : QString());
    out += field(RegisterExtract::tr("Justification:"), p.legalJustification);
    if (p.legalTexts.empty()) {
        out += field(RegisterExtract::tr("Legal texts cited:"), {});
    } else {
        std::vector<QStringList> rows;
        for (const LegalText &text : p.legalTexts)
            rows.push_back({esc(text.title), esc(date(text.date)), esc(text.reference)});
        out += paragraph(QStringLiteral("<b>%1</b>").arg(esc(RegisterExtract::tr("Legal texts cited:"))));
        out +=
            table({RegisterExtract::tr("Title"), RegisterExtract::tr("Date"), RegisterExtract::tr("Reference")}, rows);
    }

    out += heading(level + 1, sections.at(2));
    if (p.dataCategories.empty())
        out += field(RegisterExtract::tr("Data:"), {});
    else
        out += retentionTable(p, false);
    out += field(RegisterExtract::tr("Source of the data:"), p.dataSource);
    out += field(RegisterExtract::tr("Giving the data:"),
                 !p.dataMandatory
                     ? QString()
                     : (*p.dataMandatory ? RegisterExtract::tr("mandatory") : RegisterExtract::tr("optional")));
    if (!p.mandatoryReason.trimmed().isEmpty())
        out += field(RegisterExtract::tr("What follows when it is not given:"), p.mandatoryReason);

    out += heading(level + 1, sections.at(3));
    out += field(RegisterExtract::tr("Information of the people concerned:"), p.informationOfSubjects);
    out += field(RegisterExtract::tr("Exercise of their rights:"), p.rightsExercise);

    out += heading(level + 1, sections.at(4));
    if (p.recipients.empty()) {
        out += field(RegisterExtract::tr("Recipients:"), {});
    } else {
        std::vector<QStringList> rows;
        for (const Recipient &r : p.recipients) {
            QStringList access;
            for (const QString &key : r.access)
                access << accessName(key);
            rows.push_back({esc(r.name), esc(access.join(QStringLiteral(", ")))});
        }
        out += table({RegisterExtract::tr("Recipient"), RegisterExtract::tr("Access")}, rows);
    }
    out += field(RegisterExtract::tr("Transfers outside Monaco:"), p.transfers);

    out += heading(level + 1, sections.at(5));
    QStringList links;
    for (const ProcessingLink &link : p.links)
        links << RegisterExtract::tr("%1 with %2").arg(linkKindName(link.kind), link.target.trimmed());
    out += list(RegisterExtract::tr("Links to other processings:"), links);
    out += list(RegisterExtract::tr("Linked from:"), entry.linkedFrom);

    out += heading(level + 1, sections.at(6));
    out += field(RegisterExtract::tr("Security measures:"), p.securityMeasures);

    out += heading(level + 1, sections.at(7));
    if (p.dataCategories.empty())
        out += field(RegisterExtract::tr("Retention:"), {});
    else
        out += retentionTable(p, true);
    return out;
}

QString RegisterExtract::entryTitle(const Processing &p)
{
    return p.reference.trimmed().isEmpty() ? p.name.trimmed()
                                           : p.reference.trimmed() + QStringLiteral(" — ") + p.name.trimmed();
}

QStringList RegisterExtract::sectionHeadings()
{
    return {tr("I. Purpose and functionalities"),
            tr("II. Lawfulness: legal basis, justification and texts"),
            tr("III. Data processed, their retention and their source"),
            tr("IV. Information of the people concerned and exercise of their rights"),
            tr("V. Recipients, access and transfers"),
            tr("VI. Interconnections and matchings"),
            tr("VII. Security measures"),
            tr("VIII. Retention of the data")};
}

QString RegisterExtract::title(const RegisterExtractFacts &facts)
{
    if (facts.wholeRegister || facts.entries.empty())
        return tr("Register of processings");
    return tr("Register of processings — extract: %1").arg(facts.entries.front().processing.name.trimmed());
}

QString RegisterExtract::bodyHtml(const RegisterExtractFacts &facts)
{
    QString out = heading(1, title(facts));
    const QString office = facts.letterhead.officeName.trimmed();
    out += paragraph(esc(office.isEmpty() ? tr("Drawn up on %1.").arg(date(facts.today))
                                          : tr("Kept by %1; drawn up on %2.").arg(office, date(facts.today))));
    if (!facts.wholeRegister) {
        for (const RegisterExtractEntry &e : facts.entries)
            out += entryHtml(e, 2, false);
        return out;
    }
    out += paragraph(esc(tr("%n processing(s) described in the register.", nullptr, int(facts.entries.size()))));
    QStringList contents;
    for (const RegisterExtractEntry &e : facts.entries)
        contents << entryTitle(e.processing);
    out += heading(2, tr("Contents"));
    out += QStringLiteral("<ol>");
    for (const QString &line : contents)
        out += QStringLiteral("<li>%1</li>").arg(esc(line));
    out += QStringLiteral("</ol>");
    for (const RegisterExtractEntry &e : facts.entries)
        out += entryHtml(e, 2, true);
    return out;
}

LetterContent RegisterExtract::content(const RegisterExtractFacts &facts)
{
    LetterContent content;
    content.logoPng = facts.letterhead.logoPng;
    content.officeName = facts.letterhead.officeName.trimmed();
    content.officeAddress = facts.letterhead.address.trimmed();
    const QString place = facts.letterhead.place.trimmed();
    content.placeAndDate = place.isEmpty() ? date(facts.today) : tr("%1, %2").arg(place, date(facts.today));
    content.bodyHtml = bodyHtml(facts);
    content.footer = facts.letterhead.footer.trimmed();
    content.pageLabel = tr("Register of processings, page %1 / %2");
    // The metadata names the kind of document only.
    content.title = tr("Register of processings");
    return content;
}

} // namespace habeas
