"""The page cache in Redis (REDIS_URL), where a Redis that does not answer
is a miss, not an error.

Redis only shares what the app servers keep (pages, values, pieces of pages);
the records are in the database. So while Redis restarts, is unreachable or
refuses writes, every read is a miss and every write is dropped, and pages are
rendered as if nothing were kept. Django's own backend raised instead, and
every public page answered 500 while /health/ said ok.
"""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# After a failure Redis is left alone for a few seconds: a page reads the
# cache a dozen times, and each try would wait for a connection.
RETRY_AFTER_SECONDS = 5.0


class ForgivingRedisCache(RedisCache):
    # Per process, for both caches: they are on the same server.
    _resting_until = 0.0

    def _try(self, fallback, operation, *args, **kwargs):
        if time.monotonic() < ForgivingRedisCache._resting_until:
            return fallback
        try:
            return operation(*args, **kwargs)
        except RedisError as error:
            ForgivingRedisCache._resting_until = time.monotonic() + RETRY_AFTER_SECONDS
            logger.warning(
                "Redis does not answer (%s): pages are rendered without the cache; "
                "trying again in %g s.",
                error,
                RETRY_AFTER_SECONDS,
            )
            return fallback

    def get(self, key, default=None, version=None):
        return self._try(default, super().get, key, default, version)

    def get_many(self, keys, version=None):
        return self._try({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._try(False, super().has_key, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(False, super().add, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._try(None, super().set, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(list(data), super().set_many, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._try(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._try(False, super().delete, key, version)

    def delete_many(self, keys, version=None):
        self._try(None, super().delete_many, keys, version)
