// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/curlhandle.h"

namespace driftdeck {

CurlGlobal::CurlGlobal()
    : m_ok(curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK)
{
}

CurlGlobal::~CurlGlobal()
{
    if (m_ok)
        curl_global_cleanup();
}

void curlAppend(CurlSlist &list, const char *header)
{
    curl_slist *head = list.release();
    curl_slist *grown = curl_slist_append(head, header);
    list.reset(grown ? grown : head);
}

} // namespace driftdeck
