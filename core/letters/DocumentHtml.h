#pragma once

// The few pieces of HTML the documents Habeas lays out with LetterRenderer
// are written in (the register's extracts, the inspection file): headings
// that may open a page, paragraphs, bordered tables, dates without their
// weekday. Every text passed in is escaped here, except a table's cells,
// which the caller escapes (a cell may hold emphasis).

#include <QDate>
#include <QStringList>

#include <vector>

namespace habeas {

class DocumentHtml final {
public:
    // Trimmed, HTML-escaped, line breaks kept.
    static QString escaped(const QString &text);
    static QString heading(int level, const QString &text, bool newPage = false);
    // `html` is already escaped.
    static QString paragraph(const QString &html);
    // A full-width table; `headers` are escaped here, the cells are not.
    // `widths`, when given, are the columns' shares of the width in percent.
    static QString table(const QStringList &headers, const std::vector<QStringList> &rows,
                         const std::vector<int> &widths = {});
    // "6 December 2026", "6 décembre 2026": no weekday; empty when invalid.
    static QString date(const QDate &day);
};

} // namespace habeas
