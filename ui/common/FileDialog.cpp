#include "ui/common/FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace habeas {

namespace {

std::optional<QString> nextAnswer;
QString lastShownCaption;
QString lastShownStart;

template <typename Show>
QString ask(const QString &caption, const QString &start, Show &&show)
{
    lastShownCaption = caption;
    lastShownStart = start;
    if (nextAnswer)
        return *nextAnswer;
    return show();
}

} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    return ask(caption, start, [&] { return QFileDialog::getOpenFileName(parent, caption, start, filter); });
}

QString FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    return ask(caption, start, [&] { return QFileDialog::getSaveFileName(parent, caption, start, filter); });
}

QString FileDialog::folder(QWidget *parent, const QString &caption, const QString &start)
{
    return ask(caption, start, [&] { return QFileDialog::getExistingDirectory(parent, caption, start); });
}

void FileDialog::setNextAnswer(const QString &path)
{
    nextAnswer = path;
}

void FileDialog::clearNextAnswer()
{
    nextAnswer.reset();
}

QString FileDialog::lastCaption()
{
    return lastShownCaption;
}

QString FileDialog::lastStart()
{
    return lastShownStart;
}

} // namespace habeas
