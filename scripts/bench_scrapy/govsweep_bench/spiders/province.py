"""Crawls every site of an inventory CSV, following links within each site's scope.

    scrapy crawl province -a inventory=DIR/inventory.csv -a max_pages=3000 -a summary=OUT.json

A site's scope matches GovSweep's crawl scope: the homepage's host:port and the directory of the
homepage's path (a channel of a shared platform at /col/x/index.html stays under /col/x/).
At most max_pages pages are requested per site. On closing, the spider writes pages parsed per
site and Scrapy's stats to the summary file.
"""

import csv
import json
import time
from urllib.parse import urldefrag, urlsplit

import scrapy
from scrapy.linkextractors import LinkExtractor


class ProvinceSpider(scrapy.Spider):
    name = "province"

    def __init__(self, inventory, max_pages="3000", summary="scrapy-summary.json", budget="0", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.inventory = inventory
        self.max_pages = int(max_pages)
        self.summary = summary
        # Pages parsed within `budget` seconds of the first request: Scrapy keeps downloading what
        # its slots hold after CLOSESPIDER_TIMEOUT, so the rate is measured over the budget alone.
        self.budget = float(budget)
        self.began = None
        self.pages_in_budget = 0
        self.budget_written = False
        self.links = LinkExtractor()
        self.sites = []          # (netloc, path prefix)
        self.requested = []      # requests issued per site
        self.parsed = []         # HTML pages parsed per site

    async def start(self):
        for request in self.start_requests():
            yield request

    def start_requests(self):
        self.began = time.monotonic()
        with open(self.inventory, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                url = row["url"].strip()
                parts = urlsplit(url)
                prefix = parts.path[: parts.path.rfind("/") + 1] or "/"
                index = len(self.sites)
                self.sites.append((parts.netloc.lower(), prefix))
                self.requested.append(1)
                self.parsed.append(0)
                yield scrapy.Request(url, callback=self.parse, dont_filter=True,
                                     meta={"site": index, "download_slot": parts.netloc.lower()})

    def in_scope(self, site, url):
        netloc, prefix = self.sites[site]
        parts = urlsplit(url)
        return parts.netloc.lower() == netloc and (parts.path.startswith(prefix) or parts.path + "/" == prefix)

    def parse(self, response):
        site = response.meta["site"]
        if not hasattr(response, "text"):
            return
        self.parsed[site] += 1
        if not self.budget or time.monotonic() - self.began <= self.budget:
            self.pages_in_budget += 1
        elif not self.budget_written:
            self.budget_written = True
            self.write_summary("budget reached")
        for link in self.links.extract_links(response):
            url = urldefrag(link.url)[0]
            if self.requested[site] >= self.max_pages or not self.in_scope(site, url):
                continue
            self.requested[site] += 1
            # The slot is set here, not only in the middleware: the scheduler's
            # DownloaderAwarePriorityQueue reads it when the request is queued.
            yield scrapy.Request(url, callback=self.parse, meta={"site": site, "download_slot": self.sites[site][0]})

    def closed(self, reason):
        self.write_summary(reason)

    def write_summary(self, reason):
        stats = {key: (value.isoformat() if hasattr(value, "isoformat") else value)
                 for key, value in self.crawler.stats.get_stats().items()}
        with open(self.summary, "w", encoding="utf-8") as handle:
            json.dump({"reason": reason, "pages": sum(self.parsed), "pages_in_budget": self.pages_in_budget,
                       "budget_s": self.budget, "sites": len(self.sites),
                       "sites_with_pages": sum(1 for count in self.parsed if count), "stats": stats},
                      handle, indent=1, default=str)
