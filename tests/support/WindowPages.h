#pragma once

// The main window's pages as GUI tests look them up: the page of a type
// (null when the role has none) and its place in the navigation.

#include "ui/shell/MainWindow.h"
#include "ui/shell/Page.h"

#include <algorithm>

namespace habeas::test {

template <typename T> T *pageOf(MainWindow &window)
{
    for (Page *page : window.pages()) {
        if (auto *wanted = qobject_cast<T *>(page))
            return wanted;
    }
    return nullptr;
}

inline int indexOf(MainWindow &window, const Page *page)
{
    return int(std::find(window.pages().begin(), window.pages().end(), page) - window.pages().begin());
}

} // namespace habeas::test
