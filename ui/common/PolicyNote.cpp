#include "ui/common/PolicyNote.h"

namespace habeas {

PolicyNote::PolicyNote(QWidget *parent) : PolicyNote(tr("Set by your organisation"), parent) {}

PolicyNote::PolicyNote(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    // Tests find the notes by this name.
    setObjectName(QStringLiteral("policyNote"));
    setWordWrap(true);
    QFont italic = font();
    italic.setItalic(true);
    setFont(italic);
}

} // namespace habeas
