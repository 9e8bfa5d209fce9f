#pragma once

// A page of the main window. The lock pipeline calls clear() on every page
// before the key is dropped, and reload() after unlocking, so no page keeps
// decrypted data on screen or in memory while Habeas is locked.

#include <QWidget>

namespace habeas {

class Page : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void reload() = 0;
    virtual void clear() = 0;
};

} // namespace habeas
