#include "core/register/PrivacyNotice.h"

#include "core/letters/DocumentWording.h"

#include <QLocale>
#include <QUrl>

namespace habeas {

namespace {

QString esc(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString heading(int level, const QString &text, const QString &id = {})
{
    const QString anchor = id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\"").arg(id);
    return QStringLiteral("<h%1%2>%3</h%1>").arg(level).arg(anchor, esc(text));
}

QString paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString list(const QStringList &escapedItems)
{
    QString out = QStringLiteral("<ul>");
    for (const QString &item : escapedItems)
        out += QStringLiteral("<li>%1</li>").arg(item);
    return out + QStringLiteral("</ul>");
}

// "S.O. no. 7.996 of 12 March 2020 — Sovereign Ordinance …", with what the
// register holds of it.
QString legalText(const DocumentWording &words, const LegalText &text)
{
    QString cited = esc(text.reference);
    if (text.date.isValid())
        cited = cited.isEmpty() ? esc(words.date(text.date))
                                : words(QT_TRANSLATE_NOOP("NoticeWording", "%1 of %2")).arg(cited, esc(words.date(text.date)));
    if (text.title.trimmed().isEmpty())
        return cited;
    return cited.isEmpty() ? esc(text.title) : cited + QStringLiteral(" — ") + esc(text.title);
}

QString processingSection(const DocumentWording &words, const Processing &p, int index)
{
    QString out = heading(2, p.name, QStringLiteral("processing-%1").arg(index));

    out += heading(3, words(QT_TRANSLATE_NOOP("NoticeWording", "What the data is used for")));
    out += paragraph(words(QT_TRANSLATE_NOOP("NoticeWording", "The purpose of this processing is: %1."))
                         .arg(QStringLiteral("<strong>%1</strong>").arg(esc(p.name))));
    if (!p.functionalities.isEmpty()) {
        QStringList items;
        for (const QString &f : p.functionalities)
            items << esc(f);
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "In practice, it serves for:")))) + list(items);
    }
    if (!p.subjectCategories.isEmpty()) {
        QStringList items;
        for (const QString &s : p.subjectCategories)
            items << esc(s);
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "The people concerned are:")))) + list(items);
    }

    out += heading(3, words(QT_TRANSLATE_NOOP("NoticeWording", "Why the department may process it")));
    if (p.legalBasis) {
        QString basis = words(QT_TRANSLATE_NOOP("NoticeWording", "The processing rests on %1."))
                            .arg(esc(words.legalBasis(*p.legalBasis)));
        if (!p.legalJustification.trimmed().isEmpty())
            basis += u' ' + esc(p.legalJustification) + u'.';
        out += paragraph(basis);
    } else {
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "The register does not state its legal basis yet."))));
    }
    if (!p.legalTexts.empty()) {
        QStringList items;
        for (const LegalText &text : p.legalTexts)
            items << legalText(words, text);
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "The texts it applies are:")))) + list(items);
    }

    out += heading(3, words(QT_TRANSLATE_NOOP("NoticeWording", "The data and how long it is kept")));
    if (p.dataCategories.empty()) {
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "The register does not list its data yet."))));
    } else {
        out += QStringLiteral("<table class=\"data\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                              "<thead><tr><th scope=\"col\" width=\"40%\" align=\"left\">%1</th>"
                              "<th scope=\"col\" align=\"left\">%2</th></tr></thead><tbody>")
                   .arg(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Category of data"))),
                        esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Kept for"))));
        for (const DataCategory &category : p.dataCategories) {
            const QString retention = category.retention.trimmed().isEmpty()
                                          ? esc(words(QT_TRANSLATE_NOOP("NoticeWording", "not stated in the register")))
                                          : esc(category.retention);
            out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(esc(category.name), retention);
        }
        out += QStringLiteral("</tbody></table>");
    }
    if (!p.dataSource.trimmed().isEmpty())
        out += paragraph(words(QT_TRANSLATE_NOOP("NoticeWording", "Where it comes from: %1.")).arg(esc(p.dataSource)));
    if (p.dataMandatory) {
        QString mandatory = esc(*p.dataMandatory ? words(QT_TRANSLATE_NOOP("NoticeWording", "Giving this data is mandatory."))
                                                 : words(QT_TRANSLATE_NOOP("NoticeWording", "Giving this data is optional.")));
        if (!p.mandatoryReason.trimmed().isEmpty())
            mandatory += u' ' + esc(p.mandatoryReason);
        out += paragraph(mandatory);
    }

    out += heading(3, words(QT_TRANSLATE_NOOP("NoticeWording", "Who receives it")));
    if (p.recipients.empty()) {
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Nobody outside the department that runs the processing."))));
    } else {
        QStringList items;
        for (const Recipient &r : p.recipients)
            items << esc(r.name);
        out += list(items);
    }
    out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording",
                                                 "The data is passed to no one else, except where a law requires it, and "
                                                 "never for commercial or advertising use."))));
    return out;
}

QString rightsSection(const DocumentWording &words, const PrivacyNoticeFacts &facts)
{
    QString out = heading(2, words(QT_TRANSLATE_NOOP("NoticeWording", "Your rights and how to exercise them")),
                          QStringLiteral("rights"));
    out += paragraph(esc(words(QT_TRANSLATE_NOOP(
        "NoticeWording", "Act no. 1.565 of 3 December 2024 on the protection of personal data lets you ask for access to "
                         "the data about you, have it corrected or erased, have its use limited, and object to its "
                         "processing when it rests on a public interest or a legitimate interest."))));

    QStringList ways;
    const QString office = QString(facts.letterhead.officeName.trimmed() + u'\n' + facts.letterhead.address.trimmed()).trimmed();
    if (!office.isEmpty())
        ways << words(QT_TRANSLATE_NOOP("NoticeWording", "by post, to: %1"))
                    .arg(QStringLiteral("<br/><span class=\"address\">%1</span>").arg(esc(office)));
    const QString form = facts.onlineForm.trimmed();
    if (!form.isEmpty()) {
        const QUrl url(form, QUrl::StrictMode);
        const bool web = url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
        const QString shown = web ? QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), esc(form))
                                  : esc(form);
        ways << words(QT_TRANSLATE_NOOP("NoticeWording", "with the online form: %1")).arg(shown);
    }
    if (!ways.isEmpty())
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Send your request:")))) + list(ways);
    if (facts.identityProof)
        out += paragraph(esc(words(QT_TRANSLATE_NOOP(
            "NoticeWording", "You may be asked to prove your identity with a copy of an identity document bearing your "
                             "photograph. The copy is destroyed once your request has been dealt with."))));
    out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording",
                                                 "You will receive an answer within one month of the day your request arrives."))));
    const QString authority = facts.letterhead.authorityAddress.trimmed();
    if (authority.isEmpty())
        out += paragraph(esc(words(QT_TRANSLATE_NOOP(
            "NoticeWording", "If you consider that your rights have not been respected, you may refer the matter to the "
                             "Personal Data Protection Authority (APDP)."))));
    else
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording",
                                                     "If you consider that your rights have not been respected, you may refer "
                                                     "the matter to the supervisory authority:")))
                         + QStringLiteral("<br/><span class=\"address\">%1</span>").arg(esc(authority)));
    return out;
}

} // namespace

QString PrivacyNotice::title(const PrivacyNoticeFacts &facts)
{
    const DocumentWording words(facts.language, "NoticeWording");
    return words(QT_TRANSLATE_NOOP("NoticeWording", "Privacy notice — %1")).arg(facts.department.trimmed());
}

QString PrivacyNotice::bodyHtml(const PrivacyNoticeFacts &facts)
{
    const DocumentWording words(facts.language, "NoticeWording");
    QString out = heading(1, title(facts));
    out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording",
                                                 "%1, as data controller, describes here the personal data it processes: what "
                                                 "for, on which legal grounds, which data and for how long, who receives it, "
                                                 "and how you can exercise your rights."))
                             .arg(facts.department.trimmed())));
    if (facts.processings.size() > 1) {
        QStringList items;
        int index = 0;
        for (const Processing &p : facts.processings)
            items << QStringLiteral("<a href=\"#processing-%1\">%2</a>").arg(++index).arg(esc(p.name));
        items << QStringLiteral("<a href=\"#rights\">%1</a>")
                     .arg(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Your rights and how to exercise them"))));
        out += paragraph(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Contents:")))) + list(items);
    }
    int index = 0;
    for (const Processing &p : facts.processings)
        out += processingSection(words, p, ++index);
    out += rightsSection(words, facts);
    out += QStringLiteral("<p class=\"updated\">%1</p>")
               .arg(esc(words(QT_TRANSLATE_NOOP("NoticeWording", "Notice drawn up on %1.")).arg(words.date(facts.today))));
    return out;
}

QString PrivacyNotice::page(const PrivacyNoticeFacts &facts)
{
    const DocumentWording words(facts.language, "NoticeWording");
    // Plain, readable and printable; the colours keep a contrast above 7:1.
    static const QLatin1String Style(
        "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#1a1a1a;"
        "background:#fff;margin:0}"
        "main{max-width:48rem;margin:0 auto;padding:1.5rem}"
        "h1{font-size:1.8rem;margin-top:0}h2{font-size:1.4rem;margin-top:2rem;border-bottom:1px solid #767676}"
        "h3{font-size:1.1rem;margin-bottom:.25rem}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.4rem;text-align:left;"
        "vertical-align:top}th{background:#eee}"
        "a{color:#0b4f8a}.address{display:inline-block;margin-top:.25rem;white-space:pre-line}"
        ".updated{margin-top:2rem;font-size:.9rem;color:#444}");
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                          "<meta name=\"generator\" content=\"Habeas\">\n<title>%2</title>\n<style>%3</style>\n</head>\n"
                          "<body>\n<main>\n%4\n</main>\n</body>\n</html>\n")
        .arg(words.language(), esc(title(facts)), Style, bodyHtml(facts));
}

LetterContent PrivacyNotice::content(const PrivacyNoticeFacts &facts)
{
    const DocumentWording words(facts.language, "NoticeWording");
    LetterContent content;
    content.logoPng = facts.letterhead.logoPng;
    content.officeName = facts.letterhead.officeName.trimmed();
    content.officeAddress = facts.letterhead.address.trimmed();
    const QString place = facts.letterhead.place.trimmed();
    content.placeAndDate = place.isEmpty() ? words.date(facts.today)
                                           : words(QT_TRANSLATE_NOOP("LetterWording", "%1, %2"), "LetterWording")
                                                 .arg(place, words.date(facts.today));
    content.bodyHtml = bodyHtml(facts);
    content.footer = facts.letterhead.footer.trimmed();
    // Short, as a letter's reference is: the footer shares the line.
    content.pageLabel = words(QT_TRANSLATE_NOOP("NoticeWording", "Privacy notice, page %1 / %2"));
    content.title = title(facts);
    return content;
}

} // namespace habeas
