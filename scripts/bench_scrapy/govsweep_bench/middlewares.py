"""Download slots per host:port instead of per host name."""

from urllib.parse import urlsplit


class HostPortSlotMiddleware:
    """Puts each request (robots.txt fetches included) in the download slot of its host:port.

    Scrapy's downloader keys slots by host name only; on a province served from 127.0.0.1 with one
    port per host that would make CONCURRENT_REQUESTS_PER_DOMAIN a limit for the whole province.
    """

    def process_request(self, request, spider=None):
        if "download_slot" not in request.meta:
            request.meta["download_slot"] = urlsplit(request.url).netloc.lower()
        return None
