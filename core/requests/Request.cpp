#include "core/requests/Request.h"

namespace habeas {

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Post: return QStringLiteral("post");
    case Channel::Email: return QStringLiteral("email");
    case Channel::OnlineForm: return QStringLiteral("online");
    case Channel::OnSite: return QStringLiteral("on-site");
    case Channel::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<Channel> channelFromKey(const QString &key)
{
    for (Channel channel : {Channel::Post, Channel::Email, Channel::OnlineForm, Channel::OnSite, Channel::Other}) {
        if (channelKey(channel) == key)
            return channel;
    }
    return std::nullopt;
}

QString searchKey(const QString &text)
{
    QString key;
    for (const QChar c : text.trimmed().normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            key += c.toCaseFolded();
    }
    return key;
}

RequestEdit RequestEdit::of(const Request &request)
{
    return {request.channel,  request.received, request.rights,   request.requester, request.language,
            request.agent,    request.assignee, request.notes,    request.findings};
}

} // namespace habeas
