#pragma once

// A table header's layout as the person left it (widths, order, hidden
// columns, sort indicator). The saved state carries the number of columns
// it was made for: Qt would lay a state for fewer columns over a wider
// table, giving a new column an old one's width. A state that is damaged or
// made for other columns leaves the header as it was.

#include <QByteArray>

class QHeaderView;

namespace habeas {

class HeaderState final {
public:
    HeaderState() = delete;

    static QByteArray save(const QHeaderView &header);
    // True when `state` was applied; false (header untouched) otherwise.
    static bool restore(QHeaderView &header, const QByteArray &state);
};

} // namespace habeas
