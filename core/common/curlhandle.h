// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/uniquehandle.h"

#include <curl/curl.h>

namespace driftdeck {

using CurlEasy = UniqueHandle<CURL, curl_easy_cleanup>;
using CurlMulti = UniqueHandle<CURLM, curl_multi_cleanup>;
using CurlSlist = UniqueHandle<curl_slist, curl_slist_free_all>;
using CurlShare = UniqueHandle<CURLSH, curl_share_cleanup>;

// curl_global_init is not thread safe: call this once from main() before any thread starts.
class CurlGlobal
{
public:
    CurlGlobal();
    ~CurlGlobal();
    CurlGlobal(const CurlGlobal &) = delete;
    CurlGlobal &operator=(const CurlGlobal &) = delete;
    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
};

// Appends to a header list, keeping ownership in one place.
void curlAppend(CurlSlist &list, const char *header);

} // namespace driftdeck
