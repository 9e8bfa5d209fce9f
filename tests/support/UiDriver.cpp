#include "tests/support/UiDriver.h"

#include <QTest>

namespace habeas::test {

QPushButton *UiDriver::button(QWidget &root, const QString &text)
{
    for (QPushButton *candidate : root.findChildren<QPushButton *>()) {
        if (candidate->text() == text && candidate->isVisible())
            return candidate;
    }
    return nullptr;
}

void UiDriver::type(QLineEdit *field, const QString &text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

bool UiDriver::click(QPushButton *button)
{
    if (!button || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace habeas::test
