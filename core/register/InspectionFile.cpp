#include "core/register/InspectionFile.h"

#include "core/letters/DocumentHtml.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace habeas {

namespace {

using Html = DocumentHtml;

QString esc(const QString &text)
{
    return Html::escaped(text);
}

QString dateTime(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at, QStringLiteral("d MMMM yyyy, HH:mm")) : QString();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// "83 %", or a dash when there is nothing to divide.
QString share(int part, int whole)
{
    if (whole <= 0)
        return QStringLiteral("—");
    return InspectionFile::tr("%1 %").arg(QLocale().toString(100.0 * part / whole, 'f', 0));
}

// A table of labels and values, the values already escaped.
QString factTable(const std::vector<std::pair<QString, QString>> &rows)
{
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">");
    for (const auto &[label, value] : rows)
        out += QStringLiteral("<tr><td width=\"36%\"><b>%1</b></td><td>%2</td></tr>").arg(esc(label), value);
    return out + QStringLiteral("</table>");
}

QString notStated()
{
    return QStringLiteral("<i>%1</i>").arg(esc(InspectionFile::tr("not stated")));
}

QString orNotStated(const QString &value)
{
    return value.trimmed().isEmpty() ? notStated() : esc(value);
}

QString authorityName(Authority authority)
{
    return authority == Authority::Apdp ? InspectionFile::tr("APDP") : InspectionFile::tr("CCIN");
}

QString kindName(DeliberationKind kind)
{
    switch (kind) {
    case DeliberationKind::FavourableOpinion: return InspectionFile::tr("Favourable opinion");
    case DeliberationKind::UnfavourableOpinion: return InspectionFile::tr("Unfavourable opinion");
    case DeliberationKind::Authorisation: return InspectionFile::tr("Authorisation");
    case DeliberationKind::Recommendation: return InspectionFile::tr("Recommendation");
    case DeliberationKind::Decision: return InspectionFile::tr("Decision");
    case DeliberationKind::Other: return InspectionFile::tr("Other");
    }
    return {};
}

QString conditionKindName(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Reminder: return InspectionFile::tr("Reminder");
    case ConditionKind::Request: return InspectionFile::tr("Request");
    case ConditionKind::Condition: return InspectionFile::tr("Condition");
    case ConditionKind::Invitation: return InspectionFile::tr("Invitation");
    case ConditionKind::Other: return InspectionFile::tr("Other");
    }
    return {};
}

QString conditionStatusName(ConditionStatus status)
{
    switch (status) {
    case ConditionStatus::Open: return InspectionFile::tr("Open");
    case ConditionStatus::InProgress: return InspectionFile::tr("In progress");
    case ConditionStatus::Met: return InspectionFile::tr("Met");
    case ConditionStatus::NotApplicable: return InspectionFile::tr("Not applicable");
    }
    return {};
}

bool isEnd(RequestState state)
{
    return state == RequestState::Closed || state == RequestState::Refused || state == RequestState::Withdrawn;
}

void tally(InspectionFigures &figures, const InspectionRequest &request, const QDate &today)
{
    ++figures.received;
    if (isEnd(request.state))
        ++figures.ended;
    if (request.state == RequestState::Refused)
        ++figures.refused;
    if (request.state == RequestState::Withdrawn)
        ++figures.withdrawn;
    if (request.extended)
        ++figures.extended;
    if (request.repliedOn.isValid()) {
        ++figures.replied;
        if (request.due.isValid() && request.repliedOn > request.due)
            ++figures.late;
        else
            ++figures.onTime;
    } else if (!isEnd(request.state) && request.due.isValid() && request.due < today) {
        ++figures.overdue;
    }
}

QString periodText(const InspectionPeriod &period)
{
    if (!period.from.isValid())
        return InspectionFile::tr("from the first request to %1").arg(Html::date(period.until));
    return InspectionFile::tr("from %1 to %2").arg(Html::date(period.from), Html::date(period.until));
}

QString scopeText(const InspectionFileFacts &facts)
{
    if (facts.register_.wholeRegister)
        return InspectionFile::tr("The whole register: %n processing(s) described.", nullptr,
                                  int(facts.register_.entries.size()));
    if (facts.register_.entries.empty())
        return {};
    return InspectionFile::tr("The processing %1.")
        .arg(RegisterExtract::entryTitle(facts.register_.entries.front().processing));
}

QString cover(const InspectionFileFacts &facts)
{
    QString out = Html::heading(1, InspectionFile::title(facts));
    const QString office = facts.register_.letterhead.officeName.trimmed();
    out += Html::paragraph(esc(office.isEmpty()
                                   ? InspectionFile::tr("Drawn up for the supervisory authority.")
                                   : InspectionFile::tr("Drawn up by %1 for the supervisory authority.").arg(office)));
    out += factTable({{InspectionFile::tr("Generated on"), esc(dateTime(facts.generatedAt))},
                      {InspectionFile::tr("Generated by"), orNotStated(facts.generatedBy)},
                      {InspectionFile::tr("Scope"), esc(scopeText(facts))},
                      {InspectionFile::tr("Period of the figures"), esc(periodText(facts.period))}});
    out += Html::heading(2, InspectionFile::tr("Contents"));
    // The headings carry their numbers: no list numbering of their own;
    // the processings of the whole register as a list under the first.
    const QStringList sections = InspectionFile::sectionHeadings();
    for (qsizetype i = 0; i < sections.size(); ++i) {
        out += Html::paragraph(esc(sections.at(i)));
        if (i == 0 && facts.register_.wholeRegister) {
            out += QStringLiteral("<ul>");
            for (const RegisterExtractEntry &entry : facts.register_.entries)
                out += QStringLiteral("<li>%1</li>").arg(esc(RegisterExtract::entryTitle(entry.processing)));
            out += QStringLiteral("</ul>");
        }
    }
    out += Html::paragraph(esc(InspectionFile::tr(
        "This file names no requester: requests are counted, never listed, and identity documents appear only as "
        "the number destroyed each month.")));
    return out;
}

QString registerPart(const InspectionFileFacts &facts, const QString &heading)
{
    QString out = Html::heading(1, heading, true);
    bool first = true;
    for (const RegisterExtractEntry &entry : facts.register_.entries) {
        out += RegisterExtract::entryHtml(entry, 2, !first);
        first = false;
    }
    return out;
}

QString deliberationsPart(const InspectionFileFacts &facts, const QString &heading)
{
    QString out = Html::heading(1, heading, true);
    if (facts.deliberations.empty()) {
        out += Html::paragraph(
            esc(facts.register_.wholeRegister
                    ? InspectionFile::tr("No deliberation of the authority is recorded.")
                    : InspectionFile::tr("No deliberation of the authority concerns this processing.")));
        return out;
    }
    for (const Deliberation &deliberation : facts.deliberations) {
        out += Html::heading(2, deliberation.date.isValid()
                                    ? InspectionFile::tr("Deliberation no. %1 of %2")
                                          .arg(deliberation.number.trimmed(), Html::date(deliberation.date))
                                    : InspectionFile::tr("Deliberation no. %1").arg(deliberation.number.trimmed()));
        int met = 0;
        for (const Condition &condition : deliberation.conditions) {
            if (condition.status == ConditionStatus::Met || condition.status == ConditionStatus::NotApplicable)
                ++met;
        }
        std::vector<std::pair<QString, QString>> rows{
            {InspectionFile::tr("Authority"), esc(authorityName(deliberation.authority))},
            {InspectionFile::tr("Kind"), esc(kindName(deliberation.kind))},
            {InspectionFile::tr("Title"), orNotStated(deliberation.title)}};
        if (facts.register_.wholeRegister)
            rows.push_back({InspectionFile::tr("Processing"), orNotStated(deliberation.processing)});
        rows.push_back({InspectionFile::tr("Conditions"),
                        esc(InspectionFile::tr("%n condition(s), %1 met or not applicable, %2 still to follow", nullptr,
                                               int(deliberation.conditions.size()))
                                .arg(number(met))
                                .arg(number(qint64(deliberation.conditions.size()) - met)))});
        out += factTable(rows);
        if (deliberation.conditions.empty())
            continue;
        // The kind leads the condition's text: five columns fit the page
        // without cutting a word.
        std::vector<QStringList> conditions;
        for (const Condition &condition : deliberation.conditions) {
            const bool toFollow =
                condition.status == ConditionStatus::Open || condition.status == ConditionStatus::InProgress;
            const QString status = esc(conditionStatusName(condition.status));
            conditions.push_back(
                {QStringLiteral("<b>%1</b> %2")
                     .arg(esc(conditionKindName(condition.kind) + InspectionFile::tr(":")), esc(condition.text)),
                 toFollow ? QStringLiteral("<b>%1</b>").arg(status) : status, esc(condition.owner),
                 esc(Html::date(condition.due)), esc(condition.evidence)});
        }
        out += Html::paragraph(QString());
        out += Html::table({InspectionFile::tr("Condition"), InspectionFile::tr("Status"), InspectionFile::tr("Owner"),
                            InspectionFile::tr("Due"), InspectionFile::tr("Evidence")},
                           conditions, {44, 12, 15, 13, 16});
    }
    return out;
}

QString requestsPart(const InspectionFileFacts &facts, const QString &heading)
{
    QString out = Html::heading(1, heading, true);
    out += Html::paragraph(esc(InspectionFile::tr("Requests received %1.").arg(periodText(facts.period))));
    if (!facts.register_.wholeRegister)
        out += Html::paragraph(
            esc(InspectionFile::tr("Only the requests whose findings concern this processing are counted.")));
    const InspectionStatistics statistics = InspectionFile::statistics(facts);
    if (statistics.total.received == 0) {
        out += Html::paragraph(esc(InspectionFile::tr("No request was received in the period.")));
        return out;
    }
    const auto lines = [&](const auto &cells) {
        std::vector<QStringList> rows;
        for (const InspectionRightFigures &right : statistics.byRight)
            rows.push_back(QStringList{esc(right.label)} + cells(right.figures));
        QStringList total{QStringLiteral("<b>%1</b>").arg(esc(InspectionFile::tr("All requests")))};
        for (const QString &cell : cells(statistics.total))
            total << QStringLiteral("<b>%1</b>").arg(cell);
        rows.push_back(total);
        return rows;
    };
    out += Html::heading(2, InspectionFile::tr("Requests received and their outcome"));
    out += Html::table({InspectionFile::tr("Right"), InspectionFile::tr("Received"), InspectionFile::tr("Ended"),
                        InspectionFile::tr("Refused"), InspectionFile::tr("Withdrawn"), InspectionFile::tr("Extended")},
                       lines([](const InspectionFigures &f) {
                           return QStringList{esc(number(f.received)), esc(number(f.ended)), esc(number(f.refused)),
                                              esc(number(f.withdrawn)), esc(number(f.extended))};
                       }),
                       {20, 16, 16, 16, 16, 16});
    out += Html::heading(2, InspectionFile::tr("Replies and their deadlines"));
    out += Html::table({InspectionFile::tr("Right"), InspectionFile::tr("Replied"), InspectionFile::tr("On time"),
                        InspectionFile::tr("Late"), InspectionFile::tr("Share on time"),
                        InspectionFile::tr("Overdue, no reply")},
                       lines([](const InspectionFigures &f) {
                           return QStringList{esc(number(f.replied)), esc(number(f.onTime)), esc(number(f.late)),
                                              esc(share(f.onTime, f.replied)), esc(number(f.overdue))};
                       }),
                       {20, 16, 16, 16, 16, 16});
    out += Html::paragraph(esc(InspectionFile::tr(
        "A request for several rights is counted under each of them and once among all requests. A reply is the "
        "first answer or refusal sent; it is on time when sent by the deadline in force, extension included. "
        "\"Ended\" counts requests closed, refused or withdrawn; \"Overdue, no reply\" those still open whose "
        "deadline has passed.")));
    out += Html::heading(2, InspectionFile::tr("Refusals by reason"));
    if (statistics.refusals.empty()) {
        out += Html::paragraph(esc(InspectionFile::tr("No request was refused.")));
    } else {
        std::vector<QStringList> rows;
        for (const auto &[reason, requests] : statistics.refusals)
            rows.push_back({esc(reason), esc(number(requests))});
        out += Html::table({InspectionFile::tr("Reason"), InspectionFile::tr("Requests")}, rows, {84, 16});
    }
    return out;
}

QString documentsPart(const InspectionFileFacts &facts, const QString &heading)
{
    QString out = Html::heading(1, heading, true);
    const auto months = InspectionFile::destroyedByMonth(facts);
    const int total = int(facts.destroyed.size());
    if (total == 0) {
        out += Html::paragraph(
            esc(InspectionFile::tr("No identity document was destroyed %1.").arg(periodText(facts.period))));
    } else {
        const auto [first, last] = std::minmax_element(facts.destroyed.begin(), facts.destroyed.end());
        out += Html::paragraph(esc(
            InspectionFile::tr("%n identity document(s) destroyed %1; the first on %2, the last on %3.", nullptr, total)
                .arg(periodText(facts.period), Html::date(*first), Html::date(*last))));
        std::vector<QStringList> rows;
        for (const auto &[month, documents] : months)
            rows.push_back({esc(QLocale().toString(month, QStringLiteral("MMMM yyyy"))), esc(number(documents))});
        out += Html::table({InspectionFile::tr("Month"), InspectionFile::tr("Documents destroyed")}, rows, {60, 40});
    }
    out += Html::paragraph(esc(InspectionFile::tr(
        "A copy of the requester's identity document is kept only while the request is open, inside the encrypted "
        "vault, and destroyed when it ends; what remains is the record of its destruction.")));
    if (!facts.register_.wholeRegister)
        out += Html::paragraph(esc(
            InspectionFile::tr("Only the documents of requests whose findings concern this processing are counted.")));
    return out;
}

QString auditPart(const InspectionFileFacts &facts, const QString &heading)
{
    QString out = Html::heading(1, heading, true);
    const InspectionAudit &audit = facts.audit;
    // The hash in groups of eight, so that it wraps and can be read aloud.
    QStringList groups;
    for (qsizetype i = 0; i < audit.headHash.size(); i += 8)
        groups << QString::fromLatin1(audit.headHash.mid(i, 8));
    const QDateTime at = QDateTime::fromString(audit.headAtUtc, Qt::ISODateWithMs);
    const QString verdict =
        audit.whole ? InspectionFile::tr("Whole: every entry verified, from the first to the head.")
                    : InspectionFile::tr("Broken at entry %1: %2").arg(number(audit.firstBadSeq), audit.reason);
    out +=
        factTable({{InspectionFile::tr("Entries in the chain"), esc(number(audit.entries))},
                   {InspectionFile::tr("Hash of the head"), QStringLiteral("<tt>%1</tt>").arg(esc(groups.join(u' ')))},
                   {InspectionFile::tr("Head written on (UTC)"),
                    orNotStated(at.isValid() ? QLocale().toString(at.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm:ss"))
                                             : QString())},
                   {InspectionFile::tr("Key of the vault's creator"),
                    audit.creator.isEmpty() ? notStated() : QStringLiteral("<tt>%1</tt>").arg(esc(audit.creator))},
                   {InspectionFile::tr("Verification when generated"),
                    audit.whole ? esc(verdict) : QStringLiteral("<b>%1</b>").arg(esc(verdict))}});
    out += Html::paragraph(esc(InspectionFile::tr(
        "Each entry of the audit log holds the hash of the one before and is signed by the account that acted; a "
        "history rewritten after this head no longer leads to it. The generation of this file is recorded as the "
        "next entry.")));
    return out;
}

} // namespace

InspectionPeriod InspectionPeriod::lastTwoYears(const QDate &today)
{
    return {QDate(today.year() - 1, 1, 1), today};
}

InspectionPeriod InspectionPeriod::all(const QDate &today)
{
    return {QDate(), today};
}

bool InspectionPeriod::contains(const QDate &day) const
{
    return day.isValid() && (!from.isValid() || day >= from) && (!until.isValid() || day <= until);
}

InspectionStatistics InspectionFile::statistics(const InspectionFileFacts &facts)
{
    InspectionStatistics out;
    const bool french = QLocale().language() == QLocale::French;
    std::map<QString, std::size_t> at;
    for (const Right &right : facts.rights) {
        at[right.key] = out.byRight.size();
        out.byRight.push_back({right.key, french ? right.labelFr : right.labelEn, {}});
    }
    std::map<QString, int> reasons;
    const QDate today = facts.register_.today;
    for (const InspectionRequest &request : facts.requests) {
        for (const QString &key : request.rights) {
            auto found = at.find(key);
            if (found == at.end()) {
                found = at.emplace(key, out.byRight.size()).first;
                out.byRight.push_back({key, key, {}});
            }
            tally(out.byRight[found->second].figures, request, today);
        }
        tally(out.total, request, today);
        if (request.state == RequestState::Refused) {
            const QString reason = request.reasonWithheld ? tr("Reason withheld from this file: it names the requester")
                                   : request.refusalReason.simplified().isEmpty()
                                       ? tr("No reason kept (cleared with the case file)")
                                       : request.refusalReason.simplified();
            ++reasons[reason];
        }
    }
    out.refusals.assign(reasons.begin(), reasons.end());
    std::stable_sort(out.refusals.begin(), out.refusals.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    return out;
}

std::vector<std::pair<QDate, int>> InspectionFile::destroyedByMonth(const InspectionFileFacts &facts)
{
    std::map<QDate, int> months;
    for (const QDate &day : facts.destroyed) {
        if (day.isValid())
            ++months[QDate(day.year(), day.month(), 1)];
    }
    return {months.begin(), months.end()};
}

QString InspectionFile::title(const InspectionFileFacts &facts)
{
    if (facts.register_.wholeRegister || facts.register_.entries.empty())
        return tr("Inspection file: register of processings");
    return tr("Inspection file: %1").arg(facts.register_.entries.front().processing.name.trimmed());
}

QStringList InspectionFile::sectionHeadings()
{
    return {tr("1. The register"), tr("2. Deliberations of the authority and their conditions"),
            tr("3. Rights requests"), tr("4. Identity documents destroyed"), tr("5. The audit log")};
}

QString InspectionFile::bodyHtml(const InspectionFileFacts &facts)
{
    const QStringList sections = sectionHeadings();
    return cover(facts) + registerPart(facts, sections.at(0)) + deliberationsPart(facts, sections.at(1)) +
           requestsPart(facts, sections.at(2)) + documentsPart(facts, sections.at(3)) +
           auditPart(facts, sections.at(4));
}

LetterContent InspectionFile::content(const InspectionFileFacts &facts)
{
    LetterContent content;
    const Letterhead &letterhead = facts.register_.letterhead;
    content.logoPng = letterhead.logoPng;
    content.officeName = letterhead.officeName.trimmed();
    content.officeAddress = letterhead.address.trimmed();
    const QString place = letterhead.place.trimmed();
    const QString today = Html::date(facts.register_.today);
    content.placeAndDate = place.isEmpty() ? today : tr("%1, %2").arg(place, today);
    content.bodyHtml = bodyHtml(facts);
    content.footer = letterhead.footer.trimmed();
    content.pageLabel = tr("Inspection file, page %1 / %2");
    // The metadata names the kind of document only.
    content.title = tr("Inspection file");
    return content;
}

} // namespace habeas
