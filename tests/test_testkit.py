"""The one moto of the session gives every test the resources as new: what a test left is gone."""

from __future__ import annotations

import os

import boto3
import pytest

from testkit.aws import BUCKET, INGESTION_QUEUE, PROFILE_TABLE, MotoWorld


@pytest.mark.usefixtures("aws")
def test_fresh_empties_the_resources_and_drops_whatever_else_a_test_made(moto_world: MotoWorld) -> None:
    s3, dynamodb, sqs = boto3.client("s3"), boto3.client("dynamodb"), boto3.client("sqs")
    url = os.environ["INGESTION_QUEUE_URL"]
    s3.put_object(Bucket=BUCKET, Key="a", Body=b"1")
    s3.put_object(Bucket=BUCKET, Key="a", Body=b"2")
    s3.create_bucket(Bucket="other")
    dynamodb.put_item(TableName=PROFILE_TABLE, Item={"pk": {"S": "x"}})
    sqs.send_message(QueueUrl=url, MessageBody="now")
    sqs.send_message(QueueUrl=url, MessageBody="later", DelaySeconds=900)
    sqs.create_queue(QueueName="dead-letters")
    boto3.client("secretsmanager").create_secret(Name="s", SecretString="v")

    assert moto_world.fresh() == url

    assert "Versions" not in s3.list_object_versions(Bucket=BUCKET)
    assert [b["Name"] for b in s3.list_buckets()["Buckets"]] == [BUCKET]
    assert dynamodb.scan(TableName=PROFILE_TABLE)["Items"] == []
    assert sqs.list_queues()["QueueUrls"] == [url]
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    assert (
        attributes["ApproximateNumberOfMessages"] == attributes["ApproximateNumberOfMessagesDelayed"] == "0"
    )
    assert boto3.client("secretsmanager").list_secrets()["SecretList"] == []


@pytest.mark.usefixtures("aws")
def test_a_resource_a_test_deleted_or_reconfigured_is_made_anew(moto_world: MotoWorld) -> None:
    s3, dynamodb, sqs = boto3.client("s3"), boto3.client("dynamodb"), boto3.client("sqs")
    s3.delete_bucket(Bucket=BUCKET)
    dynamodb.delete_table(TableName=PROFILE_TABLE)
    sqs.set_queue_attributes(
        QueueUrl=os.environ["INGESTION_QUEUE_URL"], Attributes={"VisibilityTimeout": "60"}
    )

    url = moto_world.fresh()

    assert s3.get_bucket_versioning(Bucket=BUCKET)["Status"] == "Enabled"
    assert dynamodb.describe_table(TableName=PROFILE_TABLE)["Table"]["KeySchema"][0]["AttributeName"] == "pk"
    timeout = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["VisibilityTimeout"])["Attributes"]
    assert (url.rsplit("/", 1)[-1], timeout["VisibilityTimeout"]) == (INGESTION_QUEUE, "0")
