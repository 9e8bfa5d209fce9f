#pragma once

// Every file dialog of Habeas goes through here, so that GUI tests can
// answer in advance (a path, or a cancel) instead of blocking on a modal
// dialog, as they do with MessageBox.

#include <QString>

class QWidget;

namespace habeas {

class FileDialog final {
public:
    // An empty string means cancelled.
    static QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
    static QString folder(QWidget *parent, const QString &caption, const QString &start);

    // Tests: the next dialogs return this path at once (empty: cancelled).
    static void setNextAnswer(const QString &path);
    static void clearNextAnswer();
    // Tests: the caption of the last dialog shown or answered.
    static QString lastCaption();
    // Tests: the folder or file the last dialog started at.
    static QString lastStart();
};

} // namespace habeas
