#pragma once

// Optional text as the vault stores it. The driver binds a null QString as
// SQL NULL (as Qt's own drivers do), and the schema keeps "no value" of an
// optional text as '' in NOT NULL columns; repositories pass such text
// through storedText() so that a value the person left empty is stored as
// empty, while a missing required value is still refused.

#include <QString>

namespace habeas {

inline QString storedText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace habeas
