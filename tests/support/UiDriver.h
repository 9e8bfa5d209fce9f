#pragma once

// Helpers GUI tests drive real widgets with, as a person would: find a
// widget by its accessible name or a button by its text (visible ones only),
// type into it, click it.

#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QString>
#include <QTimer>
#include <QWidget>

#include <functional>

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
    // Runs `answer` on the next modal dialog of type T once its exec() has
    // shown it; a dialog the answer left open (a failed assertion) is
    // rejected, and so is a modal dialog of another type, so that a failure
    // never blocks a suite. `seen` says whether a T was shown.
    template <typename T>
    static void whenShown(std::function<void(T &)> answer, bool *seen = nullptr)
    {
        QTimer::singleShot(0, [answer, seen] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (seen)
                *seen = dialog != nullptr;
            if (!dialog) {
                if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                    other->reject();
                return;
            }
            answer(*dialog);
            if (QApplication::activeModalWidget() == dialog)
                dialog->reject();
        });
    }
};

} // namespace habeas::test
