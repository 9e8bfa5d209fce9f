#include "core/letters/LetterTemplate.h"

#include <QRegularExpression>

#include <algorithm>

namespace habeas {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([a-z][a-z0-9_.]*)\\s*\\}\\}"));
    return pattern;
}

const Placeholder *find(const QString &name)
{
    const auto &all = LetterTemplate::placeholders();
    const auto found = std::find_if(all.begin(), all.end(), [&](const Placeholder &p) { return p.name == name; });
    return found == all.end() ? nullptr : &*found;
}

// Braces that do not make a placeholder: "{{" without its "}}", or a name
// that is not one ("{{ Nom }}").
QStringList strayBraces(const QString &text)
{
    QString rest = text;
    rest.replace(placeholderPattern(), QString());
    QStringList stray;
    for (qsizetype at = rest.indexOf(QStringLiteral("{{")); at >= 0; at = rest.indexOf(QStringLiteral("{{"), at + 2))
        stray << rest.mid(at, 24).section(u'\n', 0, 0);
    return stray;
}

} // namespace

const std::vector<Placeholder> &LetterTemplate::placeholders()
{
    static const std::vector<Placeholder> all{
        {QStringLiteral("office.name"), true, QT_TR_NOOP("Name of the office, from the letterhead")},
        {QStringLiteral("office.address"), true, QT_TR_NOOP("Address of the office, from the letterhead")},
        {QStringLiteral("signatory.name"), true, QT_TR_NOOP("Name of the person who signs")},
        {QStringLiteral("signatory.title"), true, QT_TR_NOOP("Title of the person who signs")},
        {QStringLiteral("letter.date"), true, QT_TR_NOOP("Date of the letter")},
        {QStringLiteral("request.reference"), true, QT_TR_NOOP("Reference of the request")},
        {QStringLiteral("request.received"), true, QT_TR_NOOP("Date the request was received")},
        {QStringLiteral("request.rights"), true, QT_TR_NOOP("The rights exercised, in words (in French, written after \"du\": \"droit d'accès et du droit d'opposition\")")},
        {QStringLiteral("request.due"), true, QT_TR_NOOP("Date the reply is due")},
        {QStringLiteral("request.extended_until"), true, QT_TR_NOOP("Date the reply is due after the extension")},
        {QStringLiteral("request.extension_reason"), true, QT_TR_NOOP("Reasons for the extension")},
        {QStringLiteral("request.refusal_reason"), true, QT_TR_NOOP("Reason for the refusal")},
        {QStringLiteral("addressee.name"), true, QT_TR_NOOP("Name of the addressee: the requester, or the agent")},
        {QStringLiteral("addressee.address"), true, QT_TR_NOOP("Postal address of the addressee")},
        {QStringLiteral("addressee.civility"), false, QT_TR_NOOP("Civility of the addressee (may be empty)")},
        {QStringLiteral("addressee.salutation"), true,
         QT_TR_NOOP("How the addressee is greeted: “Madame”, “Monsieur”, “Madame, Monsieur” or “Dear Ms …”")},
        {QStringLiteral("requester.name"), true, QT_TR_NOOP("Name of the requester")},
        {QStringLiteral("authority.address"), true, QT_TR_NOOP("Address of the supervisory authority (APDP)")},
        {QStringLiteral("processings"), true, QT_TR_NOOP("The processings concerned, each with what the right gives")},
    };
    return all;
}

Result<QStringList> LetterTemplate::used(const QString &text)
{
    QStringList names;
    QStringList unknown;
    for (auto match = placeholderPattern().globalMatch(text); match.hasNext();) {
        const QString name = match.next().captured(1);
        if (!find(name)) {
            if (!unknown.contains(name))
                unknown << name;
        } else if (!names.contains(name)) {
            names << name;
        }
    }
    if (!unknown.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The template uses placeholders Habeas does not know: %1.")
                             .arg(QStringLiteral("{{") + unknown.join(QStringLiteral("}}, {{")) + QStringLiteral("}}")));
    if (const QStringList stray = strayBraces(text); !stray.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The template has braces that make no placeholder: %1.").arg(stray.join(QStringLiteral(", "))));
    return names;
}

Result<QString> LetterTemplate::fill(const QString &text, const QMap<QString, QString> &values)
{
    auto names = used(text);
    if (!names)
        return names.error();
    QStringList missing;
    for (const QString &name : *names) {
        if (find(name)->required && values.value(name).trimmed().isEmpty())
            missing << name;
    }
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The letter cannot be printed: nothing to put in %1.")
                             .arg(QStringLiteral("{{") + missing.join(QStringLiteral("}}, {{")) + QStringLiteral("}}")));
    QString filled;
    qsizetype from = 0;
    for (auto match = placeholderPattern().globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        filled += text.mid(from, found.capturedStart() - from);
        filled += values.value(found.captured(1));
        from = found.capturedEnd();
    }
    filled += text.mid(from);
    return filled;
}

} // namespace habeas
