"""Settings for the comparison crawl: GovSweep's politeness, Scrapy's broad-crawl advice.

scripts/bench overrides CONCURRENT_REQUESTS (the same total concurrency as the GovSweep run),
CLOSESPIDER_TIMEOUT (its time budget) and LOG_FILE on the command line.
"""

BOT_NAME = "govsweep_bench"
SPIDER_MODULES = ["govsweep_bench.spiders"]
NEWSPIDER_MODULE = "govsweep_bench.spiders"

# GovSweep's defaults: 2 requests at once per host, starts at least 250 ms apart, robots.txt obeyed.
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.25
RANDOMIZE_DOWNLOAD_DELAY = False
ROBOTSTXT_OBEY = True
# Scrapy keys its download slots by host name without the port, which would put every site on
# 127.0.0.1 into one slot; this middleware keys them by host:port, the way GovSweep does.
DOWNLOADER_MIDDLEWARES = {"govsweep_bench.middlewares.HostPortSlotMiddleware": 50}

# Total concurrency (overridden by scripts/bench) and the broad-crawl settings from Scrapy's docs.
CONCURRENT_REQUESTS = 64
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
REACTOR_THREADPOOL_MAXSIZE = 20
COOKIES_ENABLED = False
RETRY_TIMES = 2
DOWNLOAD_TIMEOUT = 30
DEPTH_LIMIT = 6
DEPTH_PRIORITY = 0
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
USER_AGENT = "govsweep-bench-scrapy (+loopback benchmark)"
