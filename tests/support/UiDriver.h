#pragma once

// Helpers GUI tests drive real widgets with, as a person would: find a
// widget by its accessible name or a button by its text (visible ones only),
// type into it, click it.

#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QWidget>

namespace habeas::test {

class UiDriver final {
public:
    template <typename T = QLineEdit>
    static T *byName(QWidget &root, const QString &accessibleName)
    {
        for (T *widget : root.findChildren<T *>()) {
            if (widget->accessibleName() == accessibleName && widget->isVisible())
                return widget;
        }
        return nullptr;
    }
    // The widget whose text, access-key marks aside, is `text` (shown or not).
    template <typename T>
    static T *labelled(QWidget &root, const QString &text)
    {
        for (T *widget : root.findChildren<T *>()) {
            if (widget->text().remove(u'&') == text)
                return widget;
        }
        return nullptr;
    }
    static QPushButton *button(QWidget &root, const QString &text);
    // Clears the field, then types `text` key by key.
    static void type(QLineEdit *field, const QString &text);
    // Clicks a button that must be there and enabled; false otherwise.
    static bool click(QPushButton *button);
};

} // namespace habeas::test
