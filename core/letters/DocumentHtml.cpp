#include "core/letters/DocumentHtml.h"

#include <QLocale>

namespace habeas {

QString DocumentHtml::escaped(const QString &text)
{
    return text.trimmed().toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>"));
}

QString DocumentHtml::heading(int level, const QString &text, bool newPage)
{
    const QString style = newPage ? QStringLiteral(" style=\"page-break-before: always\"") : QString();
    return QStringLiteral("<h%1%2>%3</h%1>").arg(level).arg(style, escaped(text));
}

QString DocumentHtml::paragraph(const QString &html)
{
    return QStringLiteral("<p>%1</p>").arg(html);
}

QString DocumentHtml::table(const QStringList &headers, const std::vector<QStringList> &rows,
                            const std::vector<int> &widths)
{
    QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString width =
            std::size_t(i) < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths[std::size_t(i)]) : QString();
        out += QStringLiteral("<th align=\"left\"%1>%2</th>").arg(width, escaped(headers.at(i)));
    }
    out += QStringLiteral("</tr></thead><tbody>");
    for (const QStringList &row : rows) {
        out += QStringLiteral("<tr>");
        for (const QString &cell : row)
            out += QStringLiteral("<td>%1</td>").arg(cell);
        out += QStringLiteral("</tr>");
    }
    return out + QStringLiteral("</tbody></table>");
}

QString DocumentHtml::date(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : QString();
}

} // namespace habeas
