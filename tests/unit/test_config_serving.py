"""Settings of serving behind a proxy and of where analyses run."""

from __future__ import annotations

import pytest

from psscript_graphql.config import ConfigError, Settings


def test_only_loopback_peers_are_trusted_for_forwarded_headers_by_default() -> None:
    assert Settings.from_env({}).forwarded_allow_ips == "127.0.0.1,::1"


def test_forwarded_allow_ips_takes_addresses_networks_or_a_star() -> None:
    env = {"FORWARDED_ALLOW_IPS": " 10.0.0.0/8, 172.16.0.0/12 ,::1"}
    assert Settings.from_env(env).forwarded_allow_ips == "10.0.0.0/8,172.16.0.0/12,::1"
    assert Settings.from_env({"FORWARDED_ALLOW_IPS": "*"}).forwarded_allow_ips == "*"


@pytest.mark.parametrize("value", ["nginx", "10.0.0.0/33", "10.0.0.1;rm"])
def test_forwarded_allow_ips_refuses_what_is_not_an_address(value: str) -> None:
    with pytest.raises(ConfigError, match="FORWARDED_ALLOW_IPS must be a comma-separated list"):
        Settings.from_env({"FORWARDED_ALLOW_IPS": value})


def test_serve_runs_analyses_without_redis_and_leaves_them_to_workers_with_it() -> None:
    assert Settings.from_env({}).analyses_run_in_serve is True
    assert Settings.from_env({"REDIS_URL": "redis://cache:6379/0"}).analyses_run_in_serve is False
    both = {"REDIS_URL": "redis://cache:6379/0", "SERVE_RUNS_ANALYSES": "true"}
    assert Settings.from_env(both).analyses_run_in_serve is True
    assert Settings.from_env({**both, "SERVE_RUNS_ANALYSES": "no"}).analyses_run_in_serve is False


def test_serve_cannot_leave_analyses_to_workers_when_there_is_no_redis_for_them() -> None:
    with pytest.raises(ConfigError, match="SERVE_RUNS_ANALYSES=false needs REDIS_URL"):
        Settings.from_env({"SERVE_RUNS_ANALYSES": "false"})
    with pytest.raises(ConfigError, match="SERVE_RUNS_ANALYSES must be true or false"):
        Settings.from_env({"SERVE_RUNS_ANALYSES": "sometimes"})
