#include "core/import/DeliberationParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <array>

namespace habeas {

namespace {

// A paragraph of the cleaned text.
struct Paragraph {
    qsizetype start = 0;
    QString text;
};

constexpr std::array<const char *, 8> Numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

int numeralValue(const QString &numeral)
{
    for (std::size_t i = 0; i < Numerals.size(); ++i) {
        if (numeral == QLatin1String(Numerals[i]))
            return int(i) + 1;
    }
    return 0;
}

bool isBullet(QChar c)
{
    return c == u'-' || c == u'\u2022' || c == u'\u2013' || c == u'\u2014' || c == u'*' || c == u'\u00b7'
        || c == u'\u25aa' || c == u'\u25cf' || c == u'\u2023';
}

// What a character becomes in the cleaned text; a null QChar drops it.
QChar plain(QChar c)
{
    switch (c.unicode()) {
    case 0x00a0: // no-break space
    case 0x202f: // narrow no-break space
    case 0x2007: // figure space
    case 0x2009: // thin space
    case 0x200a: // hair space
    case u'\t':
        return u' ';
    case 0x2019: // right single quotation mark, the Journal's apostrophe
    case 0x2018:
    case 0x02bc:
    case 0x00b4:
    case 0x0060:
        return u'\'';
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x2012: // figure dash
    case 0x2212: // minus sign
        return u'-';
    case 0x200b: // zero-width space
    case 0x200c:
    case 0x200d:
    case 0xfeff: // byte-order mark, zero-width no-break space
    case 0x00ad: // soft hyphen
        return QChar();
    default:
        return c;
    }
}

// A line that is the web page's furniture, not the deliberation: the line
// of icon names, the links and the notice at the foot of the page.
bool isNoise(const QString &line)
{
    static const QRegularExpression Furniture(
        QStringLiteral("^[\u2022*]?\\s*(?:print article|imprimer l'article|previous article.*|article précédent.*|"
                       "next article|article suivant|return to summary|retour au sommaire|all rights reserved.*|"
                       "tous droits réservés.*|version \\d{4}\\.\\d{2}\\.\\d{2}[\\d.]*|quality \\d+ ?%|"
                       "qualité \\d+ ?%)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (Furniture.match(line).hasMatch())
        return true;
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    const auto icons = std::count_if(words.begin(), words.end(), [](const QString &word) {
        return word.startsWith(QLatin1String("icon-")) || word.startsWith(QLatin1String("logo-"))
            || word.startsWith(QLatin1String("image-"));
    });
    return icons >= 3 && icons * 4 >= words.size() * 3;
}

bool endsSentence(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QChar last = text.back();
    return last == u'.' || last == u';' || last == u':' || last == u'!' || last == u'?' || last == u'\u00bb'
        || last == u')' || last == u',';
}

// Cleans `raw` into paragraphs: one line each, spaces single, the page's
// lines joined. A bullet always starts a paragraph; a paragraph that stops
// mid-sentence and is followed by one starting in lower case was cut by
// the page and is joined to it.
std::vector<Paragraph> paragraphsOf(const QString &raw, QString &text)
{
    std::vector<QString> blocks;
    QString current;
    QString line;
    line.reserve(256);
    const auto endLine = [&](bool blankFollows) {
        const QString trimmed = line.trimmed();
        line.clear();
        if (!trimmed.isEmpty() && !isNoise(trimmed)) {
            if (!current.isEmpty() && isBullet(trimmed.front())) {
                blocks.push_back(current);
                current.clear();
            }
            if (!current.isEmpty())
                current += u' ';
            current += trimmed;
        }
        if (blankFollows && !current.isEmpty()) {
            blocks.push_back(current);
            current.clear();
        }
    };
    bool lastWasNewline = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        QChar c = raw.at(i);
        if (c == u'\r') {
            if (i + 1 < raw.size() && raw.at(i + 1) == u'\n')
                continue;
            c = u'\n';
        }
        if (c == u'\n' || c == u'\u2028' || c == u'\u2029') {
            // A line with only spaces counts as blank.
            const bool blank = line.trimmed().isEmpty();
            endLine(blank || lastWasNewline);
            lastWasNewline = blank;
            continue;
        }
        c = plain(c);
        if (c.isNull())
            continue;
        if (c == u' ' && (line.isEmpty() || line.back() == u' '))
            continue;
        line += c;
        lastWasNewline = false;
    }
    endLine(true);

    // Paragraphs cut by the page.
    std::vector<QString> joined;
    for (QString &block : blocks) {
        if (!joined.empty() && !endsSentence(joined.back()) && block.front().isLower()
            && !isBullet(block.front()))
            joined.back() += u' ' + block;
        else
            joined.push_back(std::move(block));
    }

    std::vector<Paragraph> paragraphs;
    paragraphs.reserve(joined.size());
    text.clear();
    for (QString &each : joined) {
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        paragraphs.push_back({text.size(), each});
        text += each;
    }
    return paragraphs;
}

int monthOf(const QString &name)
{
    static const char *const Months[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                         "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
    const QString lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        if (lower == QString::fromUtf8(Months[i]))
            return i + 1;
    }
    if (lower == QLatin1String("fevrier"))
        return 2;
    if (lower == QLatin1String("aout"))
        return 8;
    if (lower == QLatin1String("decembre"))
        return 12;
    return 0;
}

const QString &frenchDatePattern()
{
    static const QString Pattern = QStringLiteral(
        "(\\d{1,2})(?:er)?\\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
        "d[ée]cembre)\\s+(\\d{4})");
    return Pattern;
}

QDate frenchDate(const QRegularExpressionMatch &match, int first)
{
    return QDate(match.captured(first + 2).toInt(), monthOf(match.captured(first + 1)),
                 match.captured(first).toInt());
}

const QString &numberPattern()
{
    // "n° 2023-133", "n°2016-09", "No. 09-07", "n° 2024‑144" (the hyphen
    // made plain), an en or em dash.
    static const QString Pattern =
        QStringLiteral("n(?:\\s*[°º]|o\\.?|uméro)\\s*(\\d{1,4}\\s*[-\u2013\u2014]\\s*\\d{1,4})(?!\\d)");
    return Pattern;
}

// The text between the guillemet at `open` and the one that closes it,
// nested guillemets kept; `end` is set past the closing one. Empty when
// nothing closes it.
QString quoted(const QString &text, qsizetype open, qsizetype *end)
{
    int depth = 0;
    for (qsizetype i = open; i < text.size(); ++i) {
        if (text.at(i) == u'\u00ab') {
            ++depth;
        } else if (text.at(i) == u'\u00bb') {
            if (--depth == 0) {
                *end = i + 1;
                return text.mid(open + 1, i - open - 1).trimmed();
            }
        }
    }
    // An unbalanced title (a guillemet missing inside): up to the last one.
    const qsizetype last = text.lastIndexOf(u'\u00bb');
    if (last > open) {
        *end = last + 1;
        return text.mid(open + 1, last - open - 1).trimmed();
    }
    return {};
}

QString trimEnd(QString text)
{
    text = text.trimmed();
    while (!text.isEmpty() && (text.back() == u'.' || text.back() == u';' || text.back() == u','))
        text.chop(1);
    return text.trimmed();
}

// "Direction …" for "la Direction …": names, not phrases.
QString withoutArticle(const QString &name)
{
    static const QRegularExpression Article(QStringLiteral("^(?:la|le|les)\\s+|^l'"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString bare = name;
    bare.remove(Article);
    return bare.isEmpty() ? name : bare;
}

// "VI–VIII", "IV" for a run of missing numerals.
QStringList runsOf(const std::vector<int> &values)
{
    QStringList runs;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t j = i;
        while (j + 1 < values.size() && values[j + 1] == values[j] + 1)
            ++j;
        const QString first = QLatin1String(Numerals[std::size_t(values[i] - 1)]);
        if (j == i)
            runs << QStringLiteral("section ") + first;
        else
            runs << QStringLiteral("sections ") + first + u'\u2013' + QLatin1String(Numerals[std::size_t(values[j] - 1)]);
        i = j + 1;
    }
    return runs;
}

std::optional<ConditionKind> introKind(const QString &paragraph)
{
    static const QRegularExpression Intro(
        QStringLiteral("^(rappelle|demande|invite|consid[èe]re|[àa] la condition|sous réserve)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto match = Intro.match(paragraph);
    if (!match.hasMatch())
        return std::nullopt;
    const QString verb = match.captured(1).toLower();
    if (verb.startsWith(QLatin1String("rappelle")))
        return ConditionKind::Reminder;
    if (verb.startsWith(QLatin1String("demande")))
        return ConditionKind::Request;
    if (verb.startsWith(QLatin1String("invite")))
        return ConditionKind::Invitation;
    if (verb.startsWith(QLatin1String("consid")))
        return ConditionKind::Consideration;
    return ConditionKind::Condition;
}

// The sentence that gives the opinion, and the kind it gives.
std::optional<DeliberationKind> decisionKind(const QString &paragraph, bool *isDecision)
{
    static const QRegularExpression Gives(
        QStringLiteral("\\b(?:émet|emet|rend|formule)\\s+(?:un|une)\\s+(avis\\s+(?:favorable|défavorable|defavorable)|"
                       "avis|recommandation)|\\b(autorise|décide|decide)\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto match = Gives.match(paragraph);
    *isDecision = match.hasMatch();
    if (!match.hasMatch())
        return std::nullopt;
    const QString what = match.captured(1).toLower();
    if (what.contains(QStringLiteral("défavorable")) || what.contains(QLatin1String("defavorable")))
        return DeliberationKind::UnfavourableOpinion;
    if (what.contains(QLatin1String("favorable")))
        return DeliberationKind::FavourableOpinion;
    if (what.startsWith(QLatin1String("recommandation")))
        return DeliberationKind::Recommendation;
    const QString verb = match.captured(2).toLower();
    if (verb == QLatin1String("autorise"))
        return DeliberationKind::Authorisation;
    return std::nullopt;
}

class Reader {
public:
    explicit Reader(const QString &raw) { m_paragraphs = paragraphsOf(raw, m_out.text); }

    ParsedDeliberation read()
    {
        readHeadline();
        readJournal();
        readBody();
        readCitations();
        readClosing();
        sayMissing();
        return std::move(m_out);
    }

private:
    TextSpan spanOf(std::size_t paragraph, qsizetype offset, qsizetype length) const
    {
        return {m_paragraphs[paragraph].start + offset, length};
    }

    void readHeadline()
    {
        static const QRegularExpression Starts(
            QStringLiteral("^(délibération|deliberation|décision|decision|recommandation|avis)\\b.{0,40}?")
                + numberPattern(),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        for (std::size_t i = 0; i < m_paragraphs.size() && i < 40; ++i) {
            const auto match = Starts.match(m_paragraphs[i].text);
            if (match.hasMatch()) {
                m_headline = i;
                m_headlineMatch = match;
                break;
            }
        }
        if (!m_headline)
            return;
        const QString &h = m_paragraphs[*m_headline].text;
        m_out.headline = spanOf(*m_headline, 0, h.size());
        m_out.number = deliberationNumberKey(m_headlineMatch.captured(2));
        const bool decision = m_headlineMatch.captured(1).toLower().startsWith(QStringLiteral("d\u00e9cision"))
                           || m_headlineMatch.captured(1).toLower().startsWith(QLatin1String("decision"));

        static const QRegularExpression Dated(frenchDatePattern(), QRegularExpression::CaseInsensitiveOption);
        if (const auto date = Dated.match(h, m_headlineMatch.capturedEnd(2)); date.hasMatch())
            m_out.date = frenchDate(date, 1);

        // What comes before the purpose speaks of the deliberation itself.
        qsizetype purpose = h.indexOf(QStringLiteral("finalité"), 0, Qt::CaseInsensitive);
        const QString about = purpose < 0 ? h : h.left(purpose);

        static const QRegularExpression Ccin(
            QStringLiteral("commission de contr[ôo]le des informations nominatives|\\bCCIN\\b"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression Apdp(
            QStringLiteral("autorit[ée] de protection des donn[ée]es personnelles|\\bAPDP\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (Apdp.match(about).hasMatch())
            m_out.authority = Authority::Apdp;
        else if (Ccin.match(about).hasMatch())
            m_out.authority = Authority::Ccin;

        const QString lower = about.toLower();
        if (decision)
            m_out.kind = DeliberationKind::Decision;
        else if (lower.contains(QStringLiteral("avis défavorable")) || lower.contains(QLatin1String("avis defavorable")))
            m_out.kind = DeliberationKind::UnfavourableOpinion;
        else if (lower.contains(QLatin1String("avis favorable")))
            m_out.kind = DeliberationKind::FavourableOpinion;
        else if (lower.contains(QLatin1String("recommandation")))
            m_out.kind = DeliberationKind::Recommendation;
        else if (lower.contains(QLatin1String("projet de loi")) || lower.contains(QLatin1String("projet d'ordonnance"))
                 || lower.contains(QStringLiteral("projet d'arrêté")) || lower.contains(QLatin1String("avant-projet")))
            m_out.kind = DeliberationKind::DraftOpinion;
        else if (lower.contains(QLatin1String("autorisation")))
            m_out.kind = DeliberationKind::Authorisation;

        if (lower.contains(QLatin1String("modificati")))
            m_out.subject = DeliberationSubject::Modification;
        else if (lower.contains(QStringLiteral("mise en œuvre")) || lower.contains(QLatin1String("mise en oeuvre")))
            m_out.subject = DeliberationSubject::Implementation;

        // The title: the first guillemets after "finalité", else the first.
        qsizetype open = h.indexOf(u'\u00ab', purpose < 0 ? 0 : purpose);
        qsizetype after = -1;
        if (open >= 0) {
            m_out.title = quoted(h, open, &after);
        } else {
            static const QRegularExpression Straight(QStringLiteral("[\"\u201c]([^\"\u201d]+)[\"\u201d]"));
            if (const auto match = Straight.match(h, purpose < 0 ? 0 : purpose); match.hasMatch()) {
                m_out.title = match.captured(1).trimmed();
                after = match.capturedEnd(0);
            }
        }
        const QString rest = after < 0 ? h.mid(purpose < 0 ? 0 : purpose) : h.mid(after);
        static const QRegularExpression Alias(QStringLiteral("^\\s*,?\\s*(?:dénommée?s?|denommee?s?|intitulée?)\\s*\u00ab"),
                                              QRegularExpression::CaseInsensitiveOption);
        qsizetype restStart = 0;
        if (const auto alias = Alias.match(rest); alias.hasMatch()) {
            qsizetype aliasEnd = -1;
            m_out.knownAs = quoted(rest, alias.capturedEnd(0) - 1, &aliasEnd);
            if (aliasEnd > 0)
                restStart = aliasEnd;
        }
        const QString tail = rest.mid(restStart);
        static const QRegularExpression Operated(
            QStringLiteral("\\bexploitée?s?\\s+par\\s+(.+?)(?=,?\\s+présentée?s?\\s+par\\b|,|$)"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (const auto match = Operated.match(tail); match.hasMatch())
            m_out.operatedBy = withoutArticle(trimEnd(match.captured(1)));
        static const QRegularExpression Presented(
            QStringLiteral("\\bprésentée?s?\\s+par\\s+(.+)$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (const auto match = Presented.match(tail); match.hasMatch())
            m_out.presentedBy = withoutArticle(trimEnd(match.captured(1)));
    }

    void readJournal()
    {
        static const QRegularExpression Number(
            QStringLiteral("^[\u2022*\\-\u2013]?\\s*(?:n[°º]|no\\.?|num[ée]ro)\\s*(?:du\\s+)?journal\\s*:?\\s*(\\d+)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression Published(
            QStringLiteral("^[\u2022*\\-\u2013]?\\s*date\\s+(?:de\\s+publication|of\\s+publication|de\\s+parution)"
                           "\\s*:?\\s*(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression Page(
            QStringLiteral("^[\u2022*\\-\u2013]?\\s*page\\s*(?:n[°º]|no\\.?|num[ée]ro)?\\s*:?\\s*(\\d*)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const std::size_t from = m_headline ? *m_headline + 1 : 0;
        qsizetype first = -1;
        qsizetype last = -1;
        for (std::size_t i = from; i < m_paragraphs.size() && i < from + 12; ++i) {
            const QString &p = m_paragraphs[i].text;
            bool found = false;
            if (const auto match = Number.match(p); match.hasMatch()) {
                m_out.journalNumber = match.captured(1);
                found = true;
            } else if (const auto date = Published.match(p); date.hasMatch()) {
                m_out.journalDate = QDate(date.captured(3).toInt(), date.captured(2).toInt(), date.captured(1).toInt());
                found = true;
            } else if (const auto page = Page.match(p); page.hasMatch()) {
                m_out.journalPage = page.captured(1);
                found = true;
            }
            if (found) {
                if (first < 0)
                    first = m_paragraphs[i].start;
                last = m_paragraphs[i].start + p.size();
            }
        }
        if (first >= 0)
            m_out.journal = {first, last - first};
    }

    void readBody()
    {
        static const QRegularExpression Vu(QStringLiteral("^Vu\\b"));
        static const QRegularExpression Heading(
            QStringLiteral("^(VIII|VII|VI|IV|V|III|II|I)(?:\\s*[.)\\-\u2013\u2014:]\\s*|\\s+(?=Sur\\b))(\\p{Lu}.*)$"),
            QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression Closing(QStringLiteral("^apr[èe]s en avoir d[ée]lib[ée]r[ée]"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression Furniture(
            QStringLiteral("^(?:préambule|preambule|la commission de contr[ôo]le des informations nominatives,?|"
                           "l'autorit[ée] de protection des donn[ée]es personnelles,?)$"),
            QRegularExpression::CaseInsensitiveOption);
        const std::size_t from = m_headline ? *m_headline + 1 : 0;
        int lastNumeral = 0;
        QStringList preamble;
        for (std::size_t i = from; i < m_paragraphs.size(); ++i) {
            const QString &p = m_paragraphs[i].text;
            if (Closing.match(p).hasMatch()) {
                m_closing = i;
                break;
            }
            if (m_out.sections.empty() && Vu.match(p).hasMatch()) {
                m_out.vu << p;
                continue;
            }
            if (const auto heading = Heading.match(p);
                heading.hasMatch() && p.size() <= 240 && !p.endsWith(u';')
                && numeralValue(heading.captured(1)) > lastNumeral) {
                lastNumeral = numeralValue(heading.captured(1));
                m_out.sections.push_back({heading.captured(1), p, {}, spanOf(i, 0, p.size())});
                continue;
            }
            if (!m_out.sections.empty()) {
                QString &text = m_out.sections.back().text;
                if (!text.isEmpty())
                    text += QStringLiteral("\n\n");
                text += p;
            } else if (!m_out.vu.isEmpty() && !Furniture.match(p).hasMatch()) {
                preamble << p;
            }
        }
        m_out.preamble = preamble.join(QStringLiteral("\n\n"));
    }

    void readCitations()
    {
        // "délibération n° X du …", "délibérations n° X du … et n° Y du …".
        static const QRegularExpression Cited(QStringLiteral("d[ée]lib[ée]rations?\\s+"),
                                              QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression Next(QStringLiteral("(?:\\s*(?:,|et|ainsi que)\\s*)?")
                                                 + numberPattern() + QStringLiteral("(?:\\s+du\\s+")
                                                 + frenchDatePattern() + QStringLiteral(")?"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QString &text = m_out.text;
        const qsizetype end = m_closing ? m_paragraphs[*m_closing].start : text.size();
        auto cited = Cited.globalMatch(text);
        while (cited.hasNext()) {
            const auto match = cited.next();
            if (match.capturedStart(0) >= end)
                break;
            qsizetype at = match.capturedEnd(0);
            for (;;) {
                const auto number = Next.match(text, at, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
                if (!number.hasMatch())
                    break;
                at = number.capturedEnd(0);
                const QString key = deliberationNumberKey(number.captured(1));
                if (key.isEmpty() || key == m_out.number)
                    continue;
                const QDate date = number.capturedLength(2) > 0 ? frenchDate(number, 2) : QDate();
                // By key, so that a text citing many numbers stays linear.
                const auto known = m_cited.constFind(key);
                if (known == m_cited.constEnd()) {
                    m_cited.insert(key, m_out.citations.size());
                    m_out.citations.push_back({key, date});
                } else if (!m_out.citations[*known].date.isValid()) {
                    m_out.citations[*known].date = date;
                }
            }
        }
    }

    void readClosing()
    {
        if (!m_closing)
            return;
        static const QRegularExpression Signature(QStringLiteral("^le pr[ée]sident\\b"),
                                                  QRegularExpression::CaseInsensitiveOption);
        // The kind of the bullets that follow an introduction ("Rappelle
        // que :"); bullets under none are of no kind named.
        ConditionKind listing = ConditionKind::Other;
        qsizetype closingEnd = m_paragraphs[*m_closing].start + m_paragraphs[*m_closing].text.size();
        for (std::size_t i = *m_closing; i < m_paragraphs.size(); ++i) {
            const QString &p = m_paragraphs[i].text;
            closingEnd = m_paragraphs[i].start + p.size();
            if (Signature.match(p).hasMatch())
                break;
            if (i > *m_closing && !p.isEmpty() && isBullet(p.front())) {
                QString item = p.mid(1).trimmed();
                while (!item.isEmpty() && (item.back() == u';' || item.back() == u' '))
                    item.chop(1);
                if (item.endsWith(QLatin1String(" et")))
                    item.chop(3);
                if (!item.isEmpty())
                    m_out.conditions.push_back(
                        {listing, item, spanOf(i, 0, p.size())});
                continue;
            }
            bool gives = false;
            const auto given = decisionKind(p, &gives);
            // The closing paragraph itself may go on with the decision ("Après
            // en avoir délibéré, émet un avis favorable …").
            if (gives) {
                m_out.decision = p;
                if (given) {
                    if (!m_out.kind)
                        m_out.kind = given;
                    else if (*m_out.kind != *given && m_out.kind != DeliberationKind::Decision)
                        m_disagreement = true;
                }
                break;
            }
            if (i == *m_closing)
                continue;
            const auto kind = introKind(p);
            if (!kind) {
                listing = ConditionKind::Other;
                continue;
            }
            const QString trimmed = p.trimmed();
            if (trimmed.endsWith(u':')) {
                listing = *kind;
                continue;
            }
            listing = ConditionKind::Other;
            // "À la condition de la prise en compte des éléments qui
            // précèdent," introduces the opinion; it is not a condition.
            if (*kind == ConditionKind::Condition && trimmed.endsWith(u','))
                continue;
            m_out.conditions.push_back({*kind, trimEnd(trimmed) + (trimmed.endsWith(u'.') ? QStringLiteral(".") : QString()),
                                        spanOf(i, 0, p.size())});
        }
        const qsizetype start = m_paragraphs[*m_closing].start;
        m_out.closing = {start, closingEnd - start};
    }

    void sayMissing()
    {
        QStringList &missing = m_out.missing;
        if (m_out.number.isEmpty())
            missing << QStringLiteral("number");
        if (!m_out.date.isValid())
            missing << QStringLiteral("date");
        if (!m_out.authority)
            missing << QStringLiteral("authority");
        if (!m_out.kind)
            missing << QStringLiteral("kind");
        const bool opinion = m_out.kind == DeliberationKind::FavourableOpinion
                          || m_out.kind == DeliberationKind::UnfavourableOpinion;
        if (opinion && !m_out.subject)
            missing << QStringLiteral("subject");
        if (m_out.title.isEmpty())
            missing << QStringLiteral("title");
        if (m_out.journalNumber.isEmpty() || !m_out.journalDate.isValid())
            missing << QStringLiteral("journal");
        if (m_out.vu.isEmpty())
            missing << QStringLiteral("vu");
        if (opinion) {
            std::vector<int> absent;
            for (int value = 1; value <= int(Numerals.size()); ++value) {
                const bool found = std::any_of(m_out.sections.begin(), m_out.sections.end(),
                                               [&](const ParsedSection &s) { return numeralValue(s.numeral) == value; });
                if (!found)
                    absent.push_back(value);
            }
            missing << runsOf(absent);
        }
        if (!m_closing && m_out.kind != DeliberationKind::Decision)
            missing << QStringLiteral("closing decision");
        if (m_out.decision.isEmpty())
            missing << QStringLiteral("opinion");
        if (m_disagreement)
            missing << QStringLiteral("opinion agreeing with the title");
    }

    std::vector<Paragraph> m_paragraphs;
    ParsedDeliberation m_out;
    std::optional<std::size_t> m_headline;
    QRegularExpressionMatch m_headlineMatch;
    std::optional<std::size_t> m_closing;
    QHash<QString, std::size_t> m_cited; // citation key → index in m_out.citations
    bool m_disagreement = false;
};

} // namespace

ParsedDeliberation DeliberationParser::parse(const QString &text)
{
    return Reader(text).read();
}

QString DeliberationParser::decode(const QByteArray &bytes)
{
    QByteArray body = bytes;
    if (body.startsWith("\xef\xbb\xbf"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(body);
    if (!utf8.hasError())
        return text;
    // Windows-1252: Latin-1 but for 0x80–0x9f.
    static const char16_t High[32] = {0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
                                      0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0xfffd, 0x017d, 0xfffd,
                                      0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
                                      0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178};
    text.clear();
    text.reserve(body.size());
    for (char byte : std::as_const(body)) {
        const auto value = static_cast<unsigned char>(byte);
        text += value >= 0x80 && value < 0xa0 ? QChar(High[value - 0x80]) : QChar(char16_t(value));
    }
    return text;
}

QString DeliberationParser::describeMissing(const QStringList &missing)
{
    static const std::pair<const char *, const char *> Names[] = {
        {"number", QT_TR_NOOP("the number")},
        {"date", QT_TR_NOOP("the date")},
        {"authority", QT_TR_NOOP("the authority")},
        {"kind", QT_TR_NOOP("the kind of deliberation")},
        {"subject", QT_TR_NOOP("whether it is about an implementation or a modification")},
        {"title", QT_TR_NOOP("the title")},
        {"journal", QT_TR_NOOP("the Journal de Monaco's number and date")},
        {"vu", QT_TR_NOOP("the \"Vu\" references")},
        {"closing decision", QT_TR_NOOP("the closing decision (\"Après en avoir délibéré\")")},
        {"opinion", QT_TR_NOOP("the sentence that gives the opinion")},
        {"opinion agreeing with the title", QT_TR_NOOP("an opinion that agrees with the title")},
    };
    QStringList said;
    for (const QString &key : missing) {
        QString text;
        for (const auto &[name, sentence] : Names) {
            if (key == QLatin1String(name))
                text = tr(sentence);
        }
        if (text.isEmpty() && key.startsWith(QLatin1String("sections ")))
            text = tr("sections %1").arg(key.mid(9));
        else if (text.isEmpty() && key.startsWith(QLatin1String("section ")))
            text = tr("section %1").arg(key.mid(8));
        said << (text.isEmpty() ? key : text);
    }
    return said.join(QStringLiteral(", "));
}

QString DeliberationParser::kindName(DeliberationKind kind)
{
    switch (kind) {
    case DeliberationKind::FavourableOpinion: return QStringLiteral("favourable opinion");
    case DeliberationKind::UnfavourableOpinion: return QStringLiteral("unfavourable opinion");
    case DeliberationKind::Recommendation: return QStringLiteral("recommendation");
    case DeliberationKind::DraftOpinion: return QStringLiteral("opinion on a draft");
    case DeliberationKind::Decision: return QStringLiteral("decision");
    case DeliberationKind::Authorisation: return QStringLiteral("authorisation");
    case DeliberationKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString DeliberationParser::conditionKindName(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::Reminder: return QStringLiteral("reminder");
    case ConditionKind::Request: return QStringLiteral("request");
    case ConditionKind::Invitation: return QStringLiteral("invite");
    case ConditionKind::Consideration: return QStringLiteral("consider");
    case ConditionKind::Condition: return QStringLiteral("condition");
    case ConditionKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

Deliberation ParsedDeliberation::toDeliberation() const
{
    Deliberation d;
    d.number = number;
    d.date = date;
    d.authority = authority.value_or(date.isValid() && date.year() >= 2025 ? Authority::Apdp : Authority::Ccin);
    d.kind = kind.value_or(DeliberationKind::Other);
    d.subject = subject.value_or(DeliberationSubject::Implementation);
    d.title = title;
    d.presentedBy = presentedBy;
    // An opinion on a processing is about the one its title names; a
    // recommendation or an opinion on a draft text is about none.
    const bool onProcessing = kind == DeliberationKind::FavourableOpinion
                           || kind == DeliberationKind::UnfavourableOpinion
                           || kind == DeliberationKind::Authorisation;
    d.processing = onProcessing ? title : QString();
    d.journalNumber = journalNumber;
    d.journalDate = journalDate;
    d.fullText = text;
    if (!preamble.isEmpty())
        d.sections.push_back({DeliberationParser::tr("Preamble"), preamble});
    for (const ParsedSection &section : sections)
        d.sections.push_back({section.heading, section.text});
    for (const ParsedCitation &cited : citations)
        d.citations.push_back({cited.number, cited.date, {}});
    for (const ParsedCondition &parsed : conditions) {
        Condition condition;
        condition.kind = parsed.kind;
        condition.text = parsed.text;
        d.conditions.push_back(condition);
    }
    return d;
}

} // namespace habeas
