#include "core/letters/LetterComposer.h"

#include "core/letters/DocumentWording.h"
#include "core/letters/LetterTemplate.h"
#include "core/requests/Workflow.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace habeas {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString lowerFirst(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toLower();
    return text;
}

// "Madame" or "Madame, Monsieur" (French); "Dear Ms Rossi" or "Dear Sir or
// Madam" (English), from the requester's civility as typed at intake.
QString salutation(const DocumentWording &words, const QString &civility, const QString &surname)
{
    const QString folded = searchKey(civility).remove(u'.');
    const bool woman = folded == QLatin1String("mme") || folded == QLatin1String("madame") || folded == QLatin1String("mademoiselle")
                       || folded == QLatin1String("mlle") || folded == QLatin1String("ms") || folded == QLatin1String("mrs");
    const bool man = folded == QLatin1String("m") || folded == QLatin1String("monsieur") || folded == QLatin1String("mr");
    if (words.french()) {
        if (woman)
            return QStringLiteral("Madame");
        if (man)
            return QStringLiteral("Monsieur");
        return civility.trimmed().isEmpty() ? QStringLiteral("Madame, Monsieur") : civility.trimmed();
    }
    if (woman || man)
        return QStringLiteral("Dear %1 %2").arg(woman ? QStringLiteral("Ms") : QStringLiteral("Mr"), surname);
    return civility.trimmed().isEmpty() ? QStringLiteral("Dear Sir or Madam")
                                        : QStringLiteral("Dear %1 %2").arg(civility.trimmed(), surname);
}

QString fullName(const Requester &r)
{
    QStringList parts;
    for (const QString &part : {r.civility.trimmed(), r.firstName.trimmed(), r.surname.trimmed()}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

const Right *rightOf(const std::vector<Right> &rights, const QString &key)
{
    const auto found = std::find_if(rights.begin(), rights.end(), [&](const Right &r) { return r.key == key; });
    return found == rights.end() ? nullptr : &*found;
}

QString rightWords(const DocumentWording &words, const std::vector<Right> &rights, const QString &key)
{
    const Right *right = rightOf(rights, key);
    return right ? lowerFirst(words.french() ? right->labelFr : right->labelEn) : key;
}

QString rightsInWords(const DocumentWording &words, const Request &request, const std::vector<Right> &rights)
{
    QStringList names;
    for (const QString &key : request.rights)
        names << rightWords(words, rights, key);
    if (names.size() <= 1)
        return names.join(QString());
    // French repeats the article before each right ("du droit d'accès et du
    // droit d'opposition"): the separators carry it, and the letters write
    // "du {{request.rights}}".
    const QString last = names.takeLast();
    return names.join(words(QT_TRANSLATE_NOOP("LetterWording", ", "))) + words(QT_TRANSLATE_NOOP("LetterWording", " and "))
           + last;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td width=\"32%\" style=\"font-weight:600\">%1</td><td>%2</td></tr>").arg(esc(label), value);
}

// The part of an access reply about one processing holding data on the
// person: the register's entry, written for them.
Result<QString> accessSection(const DocumentWording &words, const Processing &p, const Finding &finding)
{
    QStringList missing;
    if (!p.legalBasis)
        missing << LetterComposer::tr("its legal basis");
    if (p.dataCategories.empty())
        missing << LetterComposer::tr("the data it processes");
    if (p.dataSource.trimmed().isEmpty())
        missing << LetterComposer::tr("where its data comes from");
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         LetterComposer::tr("The register does not give %1 for “%2”; an access reply must say it. "
                                            "Ask the DPO to complete the register.")
                             .arg(missing.join(QStringLiteral(", ")), p.name));
    QString purpose = esc(p.name);
    if (!p.functionalities.isEmpty()) {
        purpose += QStringLiteral("<ul>");
        for (const QString &f : p.functionalities)
            purpose += QStringLiteral("<li>%1</li>").arg(esc(f));
        purpose += QStringLiteral("</ul>");
    }
    QString basis = esc(words.legalBasis(*p.legalBasis));
    if (!p.legalJustification.trimmed().isEmpty())
        basis += QStringLiteral(" — ") + esc(p.legalJustification.trimmed());
    QString data;
    for (const DataCategory &category : p.dataCategories) {
        data += words(QT_TRANSLATE_NOOP("LetterWording", "%1: %2"))
                    .arg(esc(category.name),
                         category.retention.trimmed().isEmpty() ? esc(words(QT_TRANSLATE_NOOP("LetterWording", "retention not set")))
                                                                : esc(category.retention.trimmed()))
                + QStringLiteral("<br/>");
    }
    QString recipients;
    for (const Recipient &recipient : p.recipients)
        recipients += esc(recipient.name) + QStringLiteral("<br/>");
    if (recipients.isEmpty())
        recipients = esc(words(QT_TRANSLATE_NOOP("LetterWording", "None outside the department that runs the processing.")));
    QString out = QStringLiteral("<p style=\"font-weight:600; margin-top:8px\">%1</p>").arg(esc(p.name));
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">");
    if (!p.controller.trimmed().isEmpty())
        out += row(words(QT_TRANSLATE_NOOP("LetterWording", "Run by")), esc(p.controller));
    out += row(words(QT_TRANSLATE_NOOP("LetterWording", "Purpose")), purpose);
    out += row(words(QT_TRANSLATE_NOOP("LetterWording", "Legal basis")), basis);
    out += row(words(QT_TRANSLATE_NOOP("LetterWording", "Data about you and how long it is kept")), data);
    out += row(words(QT_TRANSLATE_NOOP("LetterWording", "Who receives it")), recipients);
    out += row(words(QT_TRANSLATE_NOOP("LetterWording", "Where it comes from")), esc(p.dataSource.trimmed()));
    if (!finding.action.trimmed().isEmpty())
        out += row(words(QT_TRANSLATE_NOOP("LetterWording", "What we did")), esc(finding.action.trimmed()));
    out += QStringLiteral("</table>");
    return out;
}

// What the reply says for each right exercised, processing by processing.
Result<QString> replyBlock(const DocumentWording &words, const LetterFacts &facts)
{
    const Request &request = facts.request;
    if (request.findings.empty())
        return makeError(ErrorCode::InvalidArgument,
                         LetterComposer::tr("No processing is recorded as concerned by this request: add them on the "
                                            "Processings tab before writing the reply."));
    QStringList unchecked;
    for (const Finding &finding : request.findings) {
        if (!finding.dataHeld)
            unchecked << finding.processingName;
    }
    if (!unchecked.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         LetterComposer::tr("Say whether data is held in %1 before writing the reply.")
                             .arg(QStringLiteral("“") + unchecked.join(QStringLiteral("”, “")) + QStringLiteral("”")));
    const auto processing = [&](qint64 id) -> const Processing * {
        const auto found = std::find_if(facts.processings.begin(), facts.processings.end(),
                                        [id](const Processing &p) { return p.id == id; });
        return found == facts.processings.end() ? nullptr : &*found;
    };
    QString out = QStringLiteral("<div>");
    const bool several = request.rights.size() > 1;
    for (const QString &key : request.rights) {
        if (several) {
            QString title = rightWords(words, facts.rights, key);
            if (!title.isEmpty())
                title[0] = title[0].toUpper();
            out += QStringLiteral("<p style=\"font-size:11.5pt; font-weight:600; margin-top:10px\">%1</p>").arg(esc(title));
        }
        QStringList without;
        for (const Finding &finding : request.findings) {
            if (!*finding.dataHeld) {
                without << finding.processingName;
                continue;
            }
            if (key == QLatin1String("access")) {
                const Processing *p = processing(finding.processingId);
                if (!p)
                    return makeError(ErrorCode::InvalidArgument,
                                     LetterComposer::tr("“%1” is no longer in the register.").arg(finding.processingName));
                auto section = accessSection(words, *p, finding);
                if (!section)
                    return section.error();
                out += *section;
                continue;
            }
            if (finding.action.trimmed().isEmpty())
                return makeError(ErrorCode::InvalidArgument,
                                 LetterComposer::tr("Record what was done in “%1” before writing the reply.").arg(finding.processingName));
            out += QStringLiteral("<p><span style=\"font-weight:600\">%1</span><br/>%2</p>")
                       .arg(esc(finding.processingName), esc(finding.action.trimmed()));
        }
        if (!without.isEmpty()) {
            out += QStringLiteral("<p>%1</p>")
                       .arg(esc(words(QT_TRANSLATE_NOOP("LetterWording", "No data about you is processed in: %1."))
                                    .arg(QStringLiteral("“") + without.join(QStringLiteral("”, “")) + QStringLiteral("”"))));
        }
    }
    out += QStringLiteral("</div>");
    return out;
}

// Paragraphs (separated by a blank line) of text already escaped, with
// single line breaks kept; a paragraph that is a block (the processings)
// stays as it is.
QString paragraphs(const QString &filled)
{
    QString out;
    QString normalised = filled;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString &paragraph : normalised.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")), Qt::SkipEmptyParts)) {
        const QString text = paragraph.trimmed();
        if (text.startsWith(QStringLiteral("<div>")))
            out += text;
        else
            out += QStringLiteral("<p align=\"justify\">%1</p>").arg(QString(text).replace(u'\n', QStringLiteral("<br/>")));
    }
    return out;
}

} // namespace

QStringList LetterComposer::placeholdersFor(LetterKind kind)
{
    QStringList names{QStringLiteral("office.name"),       QStringLiteral("office.address"),
                      QStringLiteral("signatory.name"),    QStringLiteral("signatory.title"),
                      QStringLiteral("letter.date"),       QStringLiteral("request.reference"),
                      QStringLiteral("request.received"),  QStringLiteral("request.rights"),
                      QStringLiteral("request.due"),       QStringLiteral("addressee.name"),
                      QStringLiteral("addressee.address"), QStringLiteral("addressee.civility"),
                      QStringLiteral("addressee.salutation"), QStringLiteral("requester.name"),
                      QStringLiteral("authority.address")};
    switch (kind) {
    case LetterKind::Extension:
        names << QStringLiteral("request.extended_until") << QStringLiteral("request.extension_reason");
        break;
    case LetterKind::Refusal:
        names << QStringLiteral("request.refusal_reason");
        break;
    case LetterKind::Reply:
        names << QStringLiteral("processings");
        break;
    case LetterKind::Acknowledgement:
    case LetterKind::IdentityRequest:
        break;
    }
    return names;
}

Result<void> LetterComposer::check(LetterKind kind, const QString &subject, const QString &body)
{
    const QStringList offered = placeholdersFor(kind);
    QStringList misplaced;
    for (const QString *text : {&subject, &body}) {
        auto used = LetterTemplate::used(*text);
        if (!used)
            return used.error();
        for (const QString &name : *used) {
            if (!offered.contains(name) && !misplaced.contains(name))
                misplaced << name;
        }
    }
    // The processings are a block of the body, never part of a line.
    if (LetterTemplate::used(subject)->contains(QStringLiteral("processings")) && !misplaced.contains(QStringLiteral("processings")))
        misplaced << QStringLiteral("processings");
    if (!misplaced.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The %1 cannot use %2.")
                             .arg(kindName(kind).toLower(),
                                  QStringLiteral("{{") + misplaced.join(QStringLiteral("}}, {{")) + QStringLiteral("}}")));
    if (body.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The letter has no text."));
    return {};
}

Result<void> LetterComposer::applies(LetterKind kind, const Request &request)
{
    if (request.anonymisedOn.isValid())
        return makeError(ErrorCode::IllegalTransition, tr("This request was anonymised: no letter can be written about it."));
    const bool ended = Workflow::isEnd(request.state);
    switch (kind) {
    case LetterKind::Acknowledgement:
    case LetterKind::IdentityRequest:
        if (ended)
            return makeError(ErrorCode::IllegalTransition, tr("The request has ended."));
        return {};
    case LetterKind::Extension:
        if (!request.extendedUntil.isValid())
            return makeError(ErrorCode::IllegalTransition, tr("The deadline of this request was not extended."));
        return {};
    case LetterKind::Refusal:
        if (request.state != RequestState::Refused)
            return makeError(ErrorCode::IllegalTransition, tr("The request was not refused."));
        return {};
    case LetterKind::Reply:
        if (request.state != RequestState::InProgress && request.state != RequestState::Answered
            && request.state != RequestState::Closed)
            return makeError(ErrorCode::IllegalTransition,
                             tr("The reply is written once the identity is verified, while the request is in progress."));
        return {};
    }
    return {};
}

std::vector<LetterKind> LetterComposer::owed(const Request &request, const std::vector<IssuedLetter> &issued)
{
    if (request.anonymisedOn.isValid())
        return {};
    const auto sent = [&issued](LetterKind kind) {
        return std::any_of(issued.begin(), issued.end(), [kind](const IssuedLetter &letter) { return letter.kind == kind; });
    };
    const bool open = !Workflow::isEnd(request.state);
    std::vector<LetterKind> kinds;
    if (request.state == RequestState::Refused && !sent(LetterKind::Refusal))
        kinds.push_back(LetterKind::Refusal);
    if (open && request.extendedUntil.isValid() && !sent(LetterKind::Extension))
        kinds.push_back(LetterKind::Extension);
    if (open && !sent(LetterKind::Acknowledgement) && !sent(LetterKind::Reply))
        kinds.push_back(LetterKind::Acknowledgement);
    if ((request.state == RequestState::InProgress || request.state == RequestState::Answered) && !sent(LetterKind::Reply))
        kinds.push_back(LetterKind::Reply);
    return kinds;
}

bool LetterComposer::toAgent(const Request &request, const QDate &today)
{
    return request.agent.present() && request.agent.mayReceiveReply
           && (!request.agent.mandateUntil.isValid() || request.agent.mandateUntil >= today);
}

QString LetterComposer::kindName(LetterKind kind)
{
    switch (kind) {
    case LetterKind::Acknowledgement: return tr("Acknowledgement of receipt");
    case LetterKind::IdentityRequest: return tr("Request for proof of identity");
    case LetterKind::Extension: return tr("Extension notice");
    case LetterKind::Refusal: return tr("Refusal");
    case LetterKind::Reply: return tr("Reply");
    }
    return {};
}

Result<LetterContent> LetterComposer::compose(const LetterFacts &facts)
{
    if (auto valid = applies(facts.kind, facts.request); !valid)
        return valid.error();
    if (auto valid = check(facts.kind, facts.text.subject, facts.text.body); !valid)
        return valid.error();
    const Request &request = facts.request;
    const Letterhead &head = facts.letterhead;
    const DocumentWording words(request.language, "LetterWording");
    const bool agent = toAgent(request, facts.today);

    const QString addresseeName = agent ? request.agent.name.trimmed() : fullName(request.requester);
    const QString addresseeAddress = agent ? request.agent.address.trimmed() : request.requester.address.trimmed();
    QMap<QString, QString> plain{
        {QStringLiteral("office.name"), head.officeName},
        {QStringLiteral("office.address"), head.address},
        {QStringLiteral("signatory.name"), head.signatoryName},
        {QStringLiteral("signatory.title"), head.signatoryTitle},
        {QStringLiteral("letter.date"), words.date(facts.today)},
        {QStringLiteral("request.reference"), request.reference},
        {QStringLiteral("request.received"), words.date(request.received)},
        {QStringLiteral("request.rights"), rightsInWords(words, request, facts.rights)},
        {QStringLiteral("request.due"), words.date(request.due)},
        {QStringLiteral("request.extended_until"),
         request.extendedUntil.isValid() ? words.date(request.extendedUntil) : QString()},
        {QStringLiteral("request.extension_reason"), request.extensionReason.trimmed()},
        {QStringLiteral("request.refusal_reason"), request.refusalReason.trimmed()},
        {QStringLiteral("addressee.name"), addresseeName},
        {QStringLiteral("addressee.address"), addresseeAddress},
        {QStringLiteral("addressee.civility"), agent ? QString() : request.requester.civility.trimmed()},
        {QStringLiteral("addressee.salutation"),
         agent ? salutation(words, QString(), QString()) : salutation(words, request.requester.civility, request.requester.surname)},
        {QStringLiteral("requester.name"), fullName(request.requester)},
        {QStringLiteral("authority.address"), head.authorityAddress.trimmed()},
    };
    QMap<QString, QString> html;
    for (auto it = plain.cbegin(); it != plain.cend(); ++it)
        html.insert(it.key(), it.value().toHtmlEscaped());

    // The processings' block only for the reply, and only when used: an
    // incomplete register stops a reply, not an acknowledgement.
    auto usedInBody = LetterTemplate::used(facts.text.body);
    if (!usedInBody)
        return usedInBody.error();
    if (usedInBody->contains(QStringLiteral("processings"))) {
        auto block = replyBlock(words, facts);
        if (!block)
            return block.error();
        html.insert(QStringLiteral("processings"), *block);
    }
    auto subject = LetterTemplate::fill(facts.text.subject, plain);
    if (!subject)
        return subject.error();
    auto body = LetterTemplate::fill(facts.text.body.toHtmlEscaped(), html);
    if (!body)
        return body.error();

    // The blocks around the text must be there too: a letter goes nowhere
    // without its addressee, and nobody signs an empty name.
    QStringList missing;
    if (addresseeName.isEmpty())
        missing << tr("the addressee's name");
    if (addresseeAddress.isEmpty())
        missing << (agent ? tr("the agent's postal address") : tr("the requester's postal address"));
    if (head.officeName.trimmed().isEmpty())
        missing << tr("the office's name (letterhead)");
    if (head.signatoryName.trimmed().isEmpty())
        missing << tr("the signatory's name (letterhead)");
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The letter cannot be printed without %1.").arg(missing.join(QStringLiteral(", "))));

    LetterContent content;
    content.logoPng = head.logoPng;
    content.officeName = head.officeName.trimmed();
    content.officeAddress = head.address.trimmed();
    content.addressee = addresseeName + u'\n' + addresseeAddress;
    const QString place = head.place.trimmed();
    content.placeAndDate = place.isEmpty() ? words.date(facts.today)
                                           : words(QT_TRANSLATE_NOOP("LetterWording", "%1, %2")).arg(place, words.date(facts.today));
    content.referenceLine = words(QT_TRANSLATE_NOOP("LetterWording", "Our reference: %1")).arg(request.reference);
    content.subject = words(QT_TRANSLATE_NOOP("LetterWording", "Subject: %1")).arg(subject->trimmed());
    content.bodyHtml = paragraphs(*body);
    content.signatoryName = head.signatoryName.trimmed();
    content.signatoryTitle = head.signatoryTitle.trimmed();
    content.footer = head.footer.trimmed();
    content.pageLabel = words(QT_TRANSLATE_NOOP("LetterWording", "Ref. %1 — page %2 / %3")).arg(request.reference, QStringLiteral("%1"), QStringLiteral("%2"));
    content.title = QStringLiteral("%1 — %2").arg(request.reference, letterKindKey(facts.kind));
    return content;
}

} // namespace habeas
