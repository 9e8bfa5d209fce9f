#pragma once

// A page of the main window. The lock pipeline calls clear() on every page
// before the key is dropped, and reload() after unlocking, so no page keeps
// decrypted data on screen or in memory while Habeas is locked.
//
// restoreState() and saveState() keep the person's layout and list choices
// on this machine: restored at sign-in once the pages are built, saved at
// lock and on closing. A page writes nothing that can name a person there.

#include <QWidget>

namespace habeas {

class AccountLocalSettings;

class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void reload() = 0;
    virtual void clear() = 0;
    // Ctrl+P: prints what the page shows, where that is printable; false
    // when nothing shown is.
    virtual bool print() { return false; }
    // Asked before another page is shown or the window closes: a page
    // holding edits not saved yet asks the person (save, drop or stay) and
    // returns false to stay. Never asked at the lock, which drops them.
    virtual bool mayLeave() { return true; }
    virtual void restoreState(const AccountLocalSettings &) {}
    virtual void saveState(AccountLocalSettings &) const {}
};

} // namespace habeas
